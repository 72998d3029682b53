/**
 * How well the review suggestions agree with the shared corpus's manifest, which marks each law's superseded
 * versions and the laws no longer in force, and how long suggesting takes.
 *   npm run bench:suggest [-- DIR] [--scale N]
 * DIR defaults to ../shared/corpus/laws and must hold a manifest.tsv (path, title, date, level, expired,
 * superseded). --scale N also times suggestions over the corpus replicated to N documents.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { createParsePool } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { REASON_CODES } from '../src/review/suggestions/suggestion-rules.js';
import { createSuggestionService } from '../src/review/suggestions/suggestions.usecases.js';
import { replicateDocuments } from './generate-corpus.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string' } } });
const corpusDir = positionals[0] ?? path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const manifestFile = path.join(corpusDir, 'manifest.tsv');
if (!fs.existsSync(manifestFile)) {
  console.error(`${manifestFile} not found: this benchmark needs a corpus with a manifest`);
  process.exit(2);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-suggest-bench-'));
const config = { ...loadConfig({}), dataDir };
const db = openDatabase(databasePath(config));
const parser = createParsePool(config);
const { files } = await collectFiles([corpusDir]);
const results = await importFiles({ files, documentsRepository: createInventory(db), parser, limits: config, concurrency: 4 });
await parser.close();

// The manifest by path; each imported document knows the file it came from.
const manifest = new Map(fs.readFileSync(manifestFile, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [file, title, date, level, expired, superseded] = line.split('\t');
  return [path.join(corpusDir, file!), { title: title!, date, level, expired: expired === '1', superseded: superseded === '1' }];
}));
type ManifestEntry = { title: string; expired: boolean; superseded: boolean };
const truth = new Map<number, ManifestEntry>();
const importedTitles = new Map<string, number>();
for (const result of results) {
  const entry = manifest.get(result.file);
  if (result.status !== 'imported' || !entry) continue;
  truth.set(result.document.id, entry);
  if (!entry.superseded) importedTitles.set(entry.title, (importedTitles.get(entry.title) ?? 0) + 1);
}
// A version the manifest calls superseded whose successor was not imported (a byte-identical copy of a file
// already in, refused as a duplicate) cannot be found by anything; it is counted apart.
const unreachable = [...truth].filter(([, t]) => t.superseded && !importedTitles.has(t.title));
for (const [id] of unreachable) truth.set(id, { ...truth.get(id)!, superseded: false });

const service = createSuggestionService({ db, config });
let started = performance.now();
const { suggestions } = service.snapshot();
const firstMs = performance.now() - started;
started = performance.now();
createSuggestionService({ db, config }).snapshot();
const againMs = performance.now() - started;

console.log(`corpus: ${corpusDir}: ${truth.size} documents matched to the manifest ` +
  `(${[...truth.values()].filter((t) => t.superseded).length} superseded, ${[...truth.values()].filter((t) => t.expired).length} no longer in force)`);
console.log(`superseded in the manifest whose newer version was refused as a byte-identical duplicate: ${unreachable.length} (not counted)`);
console.log(`suggest: ${firstMs.toFixed(0)} ms the first time (fingerprints made at import), ${againMs.toFixed(0)} ms in a new service`);

/** Precision and recall of one rule firing, against one manifest flag. */
function confusion(fires: (id: number) => boolean, actual: (id: number) => boolean) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const id of truth.keys()) {
    const f = fires(id), a = actual(id);
    if (f && a) tp++; else if (f) fp++; else if (a) fn++; else tn++;
  }
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
  return { tp, fp, fn, tn, precision: pct(tp, tp + fp), recall: pct(tp, tp + fn) };
}
const has = (id: number, code: string) => suggestions.get(id)?.reasons.some((r) => r.code === code) ?? false;
const superseded = (id: number) => truth.get(id)!.superseded;
const outOfForce = (id: number) => truth.get(id)!.superseded || truth.get(id)!.expired;

const rows = [
  ...REASON_CODES.map((code) => ({ rule: code, against: 'superseded', ...confusion((id) => has(id, code), superseded) })),
  ...REASON_CODES.map((code) => ({ rule: code, against: 'superseded or expired', ...confusion((id) => has(id, code), outOfForce) })),
  { rule: 'category abolish', against: 'superseded or expired', ...confusion((id) => suggestions.get(id)?.category === 'abolish', outOfForce) },
];
console.table(rows);
const counts = Object.fromEntries(REASON_CODES.map((code) => [code, [...suggestions.values()].filter((s) => s.reasons.some((r) => r.code === code)).length]));
console.log('documents per reason:', counts);
console.log('documents per category:', Object.fromEntries(['keep', 'improve', 'abolish'].map((c) => [c, [...suggestions.values()].filter((s) => s.category === c).length])));

const misses = [...truth.keys()].filter((id) => superseded(id) && !has(id, 'superseded'));
const falseAlarms = [...truth.keys()].filter((id) => !superseded(id) && has(id, 'superseded'));
const titleOf = (id: number) => (db.$client.prepare('select title, issued_on as issuedOn, file_name as fileName from documents where id = ?').get(id));
if (misses.length) console.log('superseded, not found:', misses.slice(0, 20).map(titleOf));
if (falseAlarms.length) console.log('found, not superseded:', falseAlarms.slice(0, 20).map(titleOf));

if (values.scale) {
  replicateDocuments(db, Number(values.scale));
  const count = (db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;
  started = performance.now();
  const scaled = createSuggestionService({ db, config }).snapshot();
  const scaledMs = performance.now() - started;
  started = performance.now();
  createSuggestionService({ db, config }).snapshot();
  console.log(`at ${count} documents: ${(scaledMs / 1000).toFixed(1)} s computing the copies' fingerprints, ${((performance.now() - started) / 1000).toFixed(1)} s with all stored, ` +
    `RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB; near-duplicates flagged for ${[...scaled.suggestions.values()].filter((s) => s.reasons.some((r) => r.code === 'near_duplicate')).length}`);
}
db.$client.close();
fs.rmSync(dataDir, { recursive: true, force: true });
