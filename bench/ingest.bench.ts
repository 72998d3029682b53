/**
 * Imports a corpus into a fresh data directory, as `zhidu import` does, and reports documents/s and MB/s
 * overall and per format.  npm run bench:ingest [-- DIR]
 * Without DIR it uses ../shared/corpus/laws when present, else a corpus generated from the fixtures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createDocumentsRepository } from '../src/documents/documents.repository.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { generateCorpus } from './generate-corpus.js';

const sharedCorpus = path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const corpusDir = process.argv[2] ?? (fs.existsSync(sharedCorpus) ? sharedCorpus : generateCorpus(600));

const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-bench-')) };
const db = openDatabase(databasePath(config));
const documentsRepository = createDocumentsRepository({ db });
const { files } = await collectFiles([corpusDir]);
const sizes = new Map(files.map((file) => [file, fs.statSync(file).size]));

type FormatStats = { files: number; bytes: number; seconds: number };
const perFormat = new Map<string, FormatStats>();
let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);

const started = performance.now();
const results = await importFiles({
  files, documentsRepository, limits: config, concurrency: config.importConcurrency,
  onResult: (() => {
    // Per-format time is each file's share of the wall clock between results, attributed to its format.
    let last = performance.now();
    return (result) => {
      const now = performance.now();
      const format = result.status === 'failed' ? 'failed' : result.document.format;
      const stats = perFormat.get(format) ?? { files: 0, bytes: 0, seconds: 0 };
      stats.files++;
      stats.bytes += sizes.get(result.file) ?? 0;
      stats.seconds += (now - last) / 1000;
      perFormat.set(format, stats);
      last = now;
    };
  })(),
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);

const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
const count = (status: string) => results.filter((r) => r.status === status).length;
const mb = (bytes: number) => bytes / 1048576;
console.log(`corpus: ${corpusDir}`);
console.log(`files: ${files.length} (${mb(totalBytes).toFixed(1)} MB); imported ${count('imported')}, duplicate ${count('duplicate')}, failed ${count('failed')}`);
console.log(`overall: ${seconds.toFixed(2)} s, ${(files.length / seconds).toFixed(1)} documents/s, ${(mb(totalBytes) / seconds).toFixed(2)} MB/s, concurrency ${config.importConcurrency}, peak RSS ${Math.round(peakRss / 1048576)} MB`);
console.log('format  files      MB   docs/s    MB/s');
for (const [format, stats] of [...perFormat].sort()) {
  console.log(`${format.padEnd(6)} ${String(stats.files).padStart(6)} ${mb(stats.bytes).toFixed(2).padStart(7)} ${(stats.files / stats.seconds).toFixed(1).padStart(8)} ${(mb(stats.bytes) / stats.seconds).toFixed(2).padStart(7)}`);
}
console.log(`database: ${mb(fs.statSync(databasePath(config)).size).toFixed(1)} MB`);
for (const failure of results.filter((r) => r.status === 'failed').slice(0, 5)) {
  if (failure.status === 'failed') console.log(`  failed ${failure.file}: ${failure.error.message}`);
}
db.$client.close();
