/**
 * Imports the real-files development set (../shared/corpus/realdocs, or DIR) into a fresh data directory,
 * as `zhidu import` does, and prints how many metadata fields match the hand-made truth in its
 * expected.json, per field and per format.  npm run bench:realdocs [-- DIR]
 * Matching as the project's check does: whitespace removed, provisional as a boolean, the optional fields
 * (wrapperTitle, effectiveOn, expiresOn) compared only where the truth has a value, synthetic files left out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { createParsePool } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { createOcrQueue } from '../src/ingest/ocr/ocr.queue.js';

type Truth = Record<string, unknown> & { file: string; format: string; genuine?: boolean };

const corpusDir = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? path.resolve(import.meta.dirname, '../../shared/corpus/realdocs'));
const verbose = process.argv.includes('--verbose');
const truth = (JSON.parse(fs.readFileSync(path.join(corpusDir, 'expected.json'), 'utf8')) as Truth[]).filter((e) => e.genuine !== false);

const REQUIRED = ['title', 'docNumber', 'issuer', 'issuedOn', 'docType', 'provisional'] as const;
const OPTIONAL = ['wrapperTitle', 'effectiveOn', 'expiresOn'] as const;
const norm = (v: unknown) => (v === null || v === undefined ? null : String(v).replace(/\s+/g, ''));

const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-realdocs-')) };
const db = openDatabase(databasePath(config));
const { files } = await collectFiles([path.join(corpusDir, 'files')]);
const documentsRepository = createInventory(db);
const parser = createParsePool(config);
const results = await importFiles({ files, documentsRepository, parser, limits: config, concurrency: 2 });
// Scans are read by OCR after the import, as the server's queue does; their metadata comes from that text.
const ocrStarted = performance.now();
await createOcrQueue({ db, parser, documentsRepository, pagesAtOnce: os.availableParallelism() }).wake();
const scans = results.filter((r) => r.status === 'imported' && r.document.ocrState !== null).length;
if (scans > 0) console.log(`OCR of ${scans} scan(s): ${((performance.now() - ocrStarted) / 1000).toFixed(1)} s`);
for (const result of results) if (result.status === 'imported') result.document = documentsRepository.getById(result.document.id);
await parser.close();
const byFile = new Map(results.map((r) => [path.relative(corpusDir, r.file), r]));

const perField = new Map<string, [number, number]>();
const perFormat = new Map<string, [number, number]>();
let hits = 0;
let total = 0;
for (const expected of truth) {
  const result = byFile.get(expected.file);
  const document = (result?.status === 'failed' || !result ? {} : result.document) as Record<string, unknown>;
  if (result?.status === 'failed') console.log(`refused ${expected.file}: ${result.error.message}`);
  const fields = [...REQUIRED, ...OPTIONAL.filter((k) => expected[k] !== null && expected[k] !== undefined)];
  for (const field of fields) {
    const got = field === 'provisional' ? Boolean(document[field]) : document[field];
    const hit = norm(got) === norm(expected[field]);
    if (!hit && verbose) console.log(`  ${expected.file.slice(6, 40)} ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(expected[field])}`);
    for (const [map, key] of [[perField, field], [perFormat, expected.format]] as const) {
      const counts = map.get(key) ?? [0, 0];
      counts[0] += Number(hit);
      counts[1] += 1;
      map.set(key, counts);
    }
    hits += Number(hit);
    total += 1;
  }
}
const line = ([a, b]: [number, number]) => `${String(a).padStart(3)}/${String(b).padEnd(3)} ${(a / b).toFixed(3)}`;
console.log(`corpus: ${corpusDir} (${truth.length} genuine files)`);
console.log(`all fields: ${line([hits, total])}`);
console.log('per field:');
for (const [field, counts] of perField) console.log(`  ${field.padEnd(13)} ${line(counts)}`);
console.log('per format:');
for (const [format, counts] of [...perFormat].sort()) console.log(`  ${format.padEnd(13)} ${line(counts)}`);
db.$client.close();
fs.rmSync(config.dataDir, { recursive: true, force: true });
