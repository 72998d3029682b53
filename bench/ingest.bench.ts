/**
 * Imports a corpus into a fresh data directory, as `zhidu import` does, and reports documents/s and MB/s
 * overall and per format.  npm run bench:ingest [-- DIR]
 * Without DIR it uses ../shared/corpus/laws when present, else a corpus generated from the fixtures.
 * It runs twice, side by side: parsing in worker threads (what the app does) and in the main thread.
 * Then OCR: the corpus's scans are read by the OCR queue (through the worker pool, as the server does)
 * and pages/s reported; a corpus without scans is measured on pages rendered from the fixtures' texts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { readDocument } from '../src/ingest/read-document.js';
import { createParsePool, type ParsePool, type Parser } from '../src/ingest/formats/parse-pool.js';
import { createOcrQueue } from '../src/ingest/ocr/ocr.queue.js';
import { createOcrRepository } from '../src/ingest/ocr/ocr.repository.js';
import type { AppDatabase } from '../src/db/database.js';
import { characterAccuracy, renderScannedPage } from '../src/shared/test-scan.js';
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

async function run(label: string, parser: Parser): Promise<AppDatabase> {
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
  return db;
}

/** Reads the pending scans of `db` with the OCR queue and reports pages/s; `truth` maps a document id to the text it should give. */
async function measureOcr(label: string, db: AppDatabase, pool: ParsePool, truth = new Map<number, string>()) {
  const pending = db.$client.prepare("select id, ocr_pages as pages from documents where ocr_state = 'pending'").all() as { id: number; pages: number }[];
  if (pending.length === 0) return false;
  const pages = pending.reduce((sum, row) => sum + row.pages, 0);
  const pageSeconds: number[] = [];
  let last = performance.now();
  const started = last;
  await createOcrQueue({ db, parser: pool, documentsRepository: createInventory(db), onProgress: () => { const now = performance.now(); pageSeconds.push((now - last) / 1000); last = now; } }).wake();
  const seconds = (performance.now() - started) / 1000;
  const states = db.$client.prepare('select ocr_state as state, count(*) as n from documents where ocr_state is not null group by ocr_state').all() as { state: string; n: number }[];
  console.log(`
OCR (${label}): ${pending.length} scans, ${pages} pages in ${seconds.toFixed(1)} s: ${(pages / seconds).toFixed(2)} pages/s ` +
    `(${(seconds / pages).toFixed(2)} s/page, slowest page ${Math.max(...pageSeconds).toFixed(1)} s incl. loading the models); ${states.map((s) => `${s.state} ${s.n}`).join(', ')}`);
  const ocrRepository = createOcrRepository({ db, documentsRepository: createInventory(db) });
  for (const row of pending) {
    const document = db.$client.prepare('select file_name as fileName, title, ocr_confidence as confidence from documents where id = ?').get(row.id) as { fileName: string; title: string; confidence: number | null };
    const expected = truth.get(row.id);
    const accuracy = expected === undefined ? '' : `, character accuracy ${(characterAccuracy(expected, ocrRepository.currentText(row.id)) * 100).toFixed(1)}%`;
    console.log(`  ${document.fileName}: confidence ${document.confidence === null ? '—' : (document.confidence * 100).toFixed(1) + '%'}${accuracy}; title ${document.title}`);
  }
  return true;
}

/** Scanned pages drawn from the fixtures' source texts (their first 10 lines each, wrapped to the page), imported as PNGs. */
async function renderedScans(pool: ParsePool, pages = 4) {
  const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');
  const sources = fs.readdirSync(fixturesDir).map((folder) => path.join(fixturesDir, folder, 'source.txt')).filter((file) => fs.existsSync(file)).slice(0, pages);
  const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-bench-ocr-')) };
  const db = openDatabase(databasePath(config));
  const documentsRepository = createInventory(db);
  const truth = new Map<number, string>();
  const { importDocument } = await import('../src/ingest/ingest.usecases.js');
  for (const [index, source] of sources.entries()) {
    const lines = fs.readFileSync(source, 'utf8').split('\n').filter((line) => line.trim()).slice(0, 10);
    const result = await importDocument({ bytes: renderScannedPage(lines), fileName: `scan-${index}.png`, documentsRepository, parser: pool, limits: config });
    if (result.status === 'imported') truth.set(result.document.id, lines.join('\n'));
  }
  return { db, truth };
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
const workerDb = await run('worker threads (the app)', pool);
if (!(await measureOcr('the corpus\'s scans', workerDb, pool))) {
  const { db, truth } = await renderedScans(pool);
  await measureOcr('pages rendered from the fixtures, the corpus has no scans', db, pool, truth);
  db.$client.close();
}
workerDb.$client.close();
await pool.close();
(await run('main thread', { parse: readDocument })).$client.close();
