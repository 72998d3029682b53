/**
 * Imports a corpus into a fresh data directory, as `zhidu import` does, and reports documents/s and MB/s
 * overall and per format.  npm run bench:ingest [-- DIR]
 * Without DIR it uses ../shared/corpus/laws when present, else a corpus generated from the fixtures.
 * It runs twice, side by side: parsing in worker threads (what the app does) and in the main thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { readDocument } from '../src/ingest/read-document.js';
import { createParsePool, type Parser } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { generateCorpus } from './generate-corpus.js';

const sharedCorpus = path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const corpusDir = process.argv[2] ?? (fs.existsSync(sharedCorpus) ? sharedCorpus : generateCorpus(600));

const { files } = await collectFiles([corpusDir]);
const sizes = new Map(files.map((file) => [file, fs.statSync(file).size]));
const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
const mb = (bytes: number) => bytes / 1048576;
console.log(`corpus: ${corpusDir}`);
console.log(`files: ${files.length} (${mb(totalBytes).toFixed(1)} MB)`);

type FormatStats = { files: number; bytes: number; seconds: number };

async function run(label: string, parser: Parser) {
  const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-bench-')) };
  const db = openDatabase(databasePath(config));
  const perFormat = new Map<string, FormatStats>();
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  const started = performance.now();
  let last = started;
  const results = await importFiles({
    files, documentsRepository: createInventory(db), parser, limits: config, concurrency: config.importConcurrency,
    // Per-format time is the wall clock between results, attributed to the format of the file just done.
    onResult(result) {
      const now = performance.now();
      const format = result.status === 'failed' ? 'failed' : result.document.format;
      const stats = perFormat.get(format) ?? { files: 0, bytes: 0, seconds: 0 };
      stats.files++;
      stats.bytes += sizes.get(result.file) ?? 0;
      stats.seconds += (now - last) / 1000;
      perFormat.set(format, stats);
      last = now;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const count = (status: string) => results.filter((r) => r.status === status).length;

  console.log(`\n${label}: ${seconds.toFixed(2)} s, ${(files.length / seconds).toFixed(1)} documents/s, ${(mb(totalBytes) / seconds).toFixed(2)} MB/s; ` +
    `imported ${count('imported')}, duplicate ${count('duplicate')}, failed ${count('failed')}; main-thread peak RSS ${Math.round(peakRss / 1048576)} MB; ` +
    `database ${mb(fs.statSync(databasePath(config)).size).toFixed(1)} MB`);
  console.log('  format  files      MB   docs/s    MB/s');
  for (const [format, stats] of [...perFormat].sort()) {
    console.log(`  ${format.padEnd(6)} ${String(stats.files).padStart(6)} ${mb(stats.bytes).toFixed(2).padStart(7)} ${(stats.files / stats.seconds).toFixed(1).padStart(8)} ${(mb(stats.bytes) / stats.seconds).toFixed(2).padStart(7)}`);
  }
  reportTitleAccuracy(results);
  for (const failure of results.filter((r) => r.status === 'failed').slice(0, 5)) {
    if (failure.status === 'failed') console.log(`  failed ${failure.file}: ${failure.error.message}`);
  }
  db.$client.close();
}

/** The manifest names national laws without "中华人民共和国" ("刑法"). */
const comparable = (title: string) => title.replace(/\s+/g, '').replace(/^中华人民共和国/, '');

/** Where the corpus has a manifest.tsv (path, title, …), the share of documents whose title equals it. */
function reportTitleAccuracy(results: Awaited<ReturnType<typeof importFiles>>) {
  const manifestFile = path.join(corpusDir, 'manifest.tsv');
  if (!fs.existsSync(manifestFile)) return;
  const titles = new Map(fs.readFileSync(manifestFile, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [file, title] = line.split('\t');
    return [path.join(corpusDir, file!), comparable(title!)] as const;
  }));
  let matched = 0;
  let compared = 0;
  for (const result of results) {
    const expected = titles.get(result.file);
    if (expected === undefined || result.status === 'failed') continue;
    compared++;
    if (comparable(result.document.title) === expected) matched++;
  }
  console.log(`  title equals the manifest title: ${matched}/${compared} (${(100 * matched / Math.max(compared, 1)).toFixed(1)} %)`);
}

const pool = createParsePool(loadConfig({}));
await run('worker threads (the app)', pool);
await pool.close();
await run('main thread', { parse: readDocument });
