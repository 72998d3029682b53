/**
 * How long 新旧对照 takes on real texts: every pair of consecutive versions of a law in the shared corpus
 * (the manifest's titles with more than one date), and the worst cases: the longest texts against each other.
 *   npm run bench:compare [-- DIR]
 * DIR defaults to ../shared/corpus/laws and must hold a manifest.tsv (path, title, date, …).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareVersions, type CompareSide } from '../src/documents/documents.compare.js';
import { indexedPart } from '../src/documents/documents.models.js';
import { extractMetadata } from '../src/ingest/metadata/extract-metadata.js';
import { toLines } from '../src/text/clean-text.js';

const corpusDir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const manifestFile = path.join(corpusDir, 'manifest.tsv');
if (!fs.existsSync(manifestFile)) {
  console.error(`${manifestFile} not found: this benchmark needs a corpus with a manifest`);
  process.exit(2);
}
const rows = fs.readFileSync(manifestFile, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [file, title, date] = line.split('\t');
  return { file: file!, title: title!, date: date! };
});

/** A side as the app stores it: the indexed beginning's lines and the structure the parser found there. */
function sideOf(file: string): CompareSide & { chars: number } {
  const text = indexedPart(fs.readFileSync(path.join(corpusDir, file), 'utf8'));
  return { lines: toLines(text), nodes: extractMetadata(text, file).structure.nodes, chars: text.length };
}

function time(a: CompareSide, b: CompareSide) {
  const start = performance.now();
  const result = compareVersions(a, b);
  return { ms: performance.now() - start, result };
}

const byTitle = new Map<string, typeof rows>();
for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
const timings: number[] = [];
let changedRows = 0;
let cappedRows = 0;
for (const versions of byTitle.values()) {
  const sorted = versions.sort((x, y) => x.date.localeCompare(y.date));
  for (let k = 1; k < sorted.length; k++) {
    const { ms, result } = time(sideOf(sorted[k - 1]!.file), sideOf(sorted[k]!.file));
    timings.push(ms);
    changedRows += result.counts.changed;
    cappedRows += result.cappedRows;
  }
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
console.log(`consecutive versions: ${timings.length} pairs, ${changedRows} changed blocks (${cappedRows} unmarked), p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

const longest = rows.map((row) => ({ row, size: fs.statSync(path.join(corpusDir, row.file)).size })).sort((a, b) => b.size - a.size).slice(0, 2);
const [a, b] = longest.map(({ row }) => sideOf(row.file)) as [ReturnType<typeof sideOf>, ReturnType<typeof sideOf>];
for (const [name, x, y] of [['longest text against itself, one line changed', a, { ...a, lines: a.lines.map((l, k) => (k === 100 ? `${l}（修改）` : l)) }], ['the two longest, unrelated texts', a, b]] as const) {
  const { ms, result } = time(x, y);
  console.log(`${name}: ${x.chars.toLocaleString()} + ${('chars' in y ? y.chars : x.chars).toLocaleString()} chars, ${result.rows.length} rows, ${ms.toFixed(0)} ms`);
}
