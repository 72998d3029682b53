/**
 * This project's search beside SQLite FTS5 trigram over the same documents, in one run: build time, memory,
 * size on disk, load time, query p50/p95, and known-item recall@10 for (a) 4–8 character fragments from
 * random places in the bodies, (b) the same fragments in traditional characters, (c) titles, and whether
 * 2-character queries are answered; and, over the shared laws, recall@10 per kind of the natural queries of
 * ../shared/corpus/queries/natural-laws.json (words without spaces, spaced words, the wrong type word, one
 * character miswritten), with how well each segmenter splits them.
 *   npm run bench:search [-- DIR] [--scale N] [--keep]
 * DIR defaults to ../shared/corpus/laws (else a corpus generated from the fixtures); --scale N replicates
 * the corpus with perturbations to N documents; --keep keeps the databases (removed at the end otherwise:
 * 0.9 GB at 10,000 documents) and prints where they are, to profile queries against them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import * as OpenCC from 'opencc-js/cn2t';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { todayIso } from '../src/documents/documents.models.js';
import { createInventory } from '../src/app.dependencies.js';
import { createParsePool } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { createSearchRepository } from '../src/search/search.repository.js';
import { rebuildSearchIndex, searchIndexAgrees } from '../src/search/search.index.js';
import { normaliseForSearch } from '../src/text/search-tokenizer.js';
import { icuWords, readWords, TYPE_WORDS } from '../src/search/search.segment.js';
import { searchDocuments } from '../src/search/search.usecases.js';
import { createTitleIndex } from '../src/search/title-index.js';
import { generateCorpus, replicateDocuments } from './generate-corpus.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string' }, queries: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false } } });
const sharedCorpus = path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const corpusDir = positionals[0] ?? (fs.existsSync(sharedCorpus) ? sharedCorpus : generateCorpus(600));
const queryCount = Number(values.queries);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

// 1. The documents, imported as the app does.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-search-bench-'));
const config = { ...loadConfig({}), dataDir };
const db = openDatabase(databasePath(config));
const parser = createParsePool(config);
const { files } = await collectFiles([corpusDir]);
await importFiles({ files, documentsRepository: createInventory(db), parser, limits: config, concurrency: 4 });
await parser.close();
const originalCount = (db.$client.prepare('select count(*) as c from documents').get() as { c: number }).c;
const fileIds = new Map((db.$client.prepare('select id, file_name as fileName from documents').all() as { id: number; fileName: string }[]).map((d) => [path.basename(d.fileName), d.id]));
if (values.scale) replicateDocuments(db, Number(values.scale));
const documents = db.$client.prepare('select d.id, d.title, c.text from documents d join document_contents c on c.document_id = d.id').all() as { id: number; title: string; text: string }[];
const textBytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(`corpus: ${corpusDir}${values.scale ? ` replicated to ${values.scale}` : ''}: ${documents.length} documents, ${mb(textBytes)} MB of text`);

// 2. Build both indexes over the same texts, each timed alone.
db.$client.exec("insert into search_index (search_index) values ('delete-all'); vacuum");
const sizeWithout = fs.statSync(databasePath(config)).size;
const ours = measure(() => rebuildSearchIndex({ db }));
db.$client.exec('vacuum');
const oursSize = fs.statSync(databasePath(config)).size - sizeWithout;

const trigramFile = path.join(dataDir, 'trigram.sqlite');
const trigramDb = new Database(trigramFile);
const trigram = measure(() => {
  trigramDb.exec("create virtual table tri using fts5(body, tokenize = 'trigram', content = '')");
  const insert = trigramDb.prepare('insert into tri (rowid, body) values (?, ?)');
  trigramDb.transaction(() => { for (const d of documents) insert.run(d.id, `${d.title}\n${d.text}`); })();
});
trigramDb.exec('vacuum');
const trigramSize = fs.statSync(trigramFile).size;

// 3. Load time: opening the data as a restarting server would (for ours: with the consistency check).
db.$client.close();
trigramDb.close();
const oursLoad = measure(() => { const reopened = openDatabase(databasePath(config)); searchIndexAgrees(reopened); reopened.$client.close(); });
const trigramLoad = measure(() => { const reopened = new Database(trigramFile); reopened.prepare("select rowid from tri where tri match '\"管理办\"' limit 1").all(); reopened.close(); });

// 4. Queries: known items are fragments that at most 3 documents hold verbatim.
const appDb = openDatabase(databasePath(config));
const searchRepository = createSearchRepository({ db: appDb });
const trigramQuery = new Database(trigramFile, { readonly: true }).prepare('select rowid as id from tri where tri match ? order by rank limit 10');
const normalised = documents.map((d) => ({ id: d.id, text: normaliseForSearch(d.text) }));
const holders = (fragment: string) => {
  const needle = normaliseForSearch(fragment);
  const found: number[] = [];
  for (const d of normalised) if (d.text.includes(needle) && found.push(d.id) > 3) break;
  return found;
};

const fragments: { query: string; known: number[] }[] = [];
for (let tries = 0; fragments.length < queryCount && tries < queryCount * 50; tries++) {
  const document = documents[Math.floor(random() * documents.length)]!;
  const length = 4 + Math.floor(random() * 5);
  const start = Math.floor(random() * Math.max(1, document.text.length - length));
  const fragment = [...document.text.slice(start, start + length * 2)].slice(0, length).join('');
  if (/[\s#*]/.test(fragment) || [...fragment].length < 4) continue;
  const known = holders(fragment);
  if (known.length >= 1 && known.length <= 3) fragments.push({ query: fragment, known });
}
const titleCounts = new Map<string, number[]>();
for (const d of documents) titleCounts.set(d.title, [...(titleCounts.get(d.title) ?? []), d.id]);
const titles = [...titleCounts].filter(([, ids]) => ids.length <= 3).sort(() => random() - 0.5).slice(0, queryCount).map(([query, known]) => ({ query, known }));
const twoCharacterWords = Array.from({ length: 100 }, () => {
  const d = documents[Math.floor(random() * documents.length)]!;
  const at = Math.floor(random() * (d.text.length - 2));
  return d.text.slice(at, at + 2);
}).filter((word) => /^[\u4e00-\u9fff]{2}$/.test(word));

// Natural queries over the shared laws: the documents each should find, and (at scale) their copies.
type NaturalQuery = { q: string; kind: string; expect: string[]; title: string };
const naturalFile = path.resolve(corpusDir, '../queries/natural-laws.json');
const naturalQueries = fs.existsSync(naturalFile) ? JSON.parse(fs.readFileSync(naturalFile, 'utf8')) as NaturalQuery[] : [];
const original = (id: number) => ((id - 1) % originalCount) + 1; // copies are numbered after the originals, in order
const natural = naturalQueries.map((entry) => ({ ...entry, query: entry.q, known: entry.expect.map((file) => fileIds.get(path.basename(file))).filter((id): id is number => id !== undefined) }));
const naturalKinds = [...new Set(natural.map((entry) => entry.kind))];

const today = todayIso();
const searchOurs = (query: string) => searchDocuments({ query, filters: { today }, sort: 'relevance', limit: 10, searchRepository }).hits.map((h) => h.document.id);
const searchTrigram = (query: string) => {
  try {
    return (trigramQuery.all(`"${query.replace(/"/g, '""')}"`) as { id: number }[]).map((r) => r.id);
  } catch {
    return [];
  }
};

type Engine = { name: string; run: (q: string) => number[] };
const engines: Engine[] = [{ name: 'zhidu (FTS5 over character pairs)', run: searchOurs }, { name: 'SQLite FTS5 trigram', run: (q) => searchTrigramTerms(q) }];
const sets: Record<string, { query: string; known: number[] }[]> = {
  '(a) fragments': fragments, '(b) fragments in traditional': fragments.map((f) => ({ query: toTraditional(f.query), known: f.known })), '(c) titles': titles,
  ...Object.fromEntries(naturalKinds.map((kind) => [kind, natural.filter((entry) => entry.kind === kind)])),
};
// FTS5 trigram is given each spaced word as a term of its own, all required (its own reading of a query).
const searchTrigramTerms = (query: string) => (/\s/.test(query) ? searchTrigramAll(query) : searchTrigram(query));
function searchTrigramAll(query: string) {
  try {
    return (trigramQuery.all(query.split(/\s+/).map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ')) as { id: number }[]).map((r) => r.id);
  } catch {
    return [];
  }
}

// The dictionary of the titles is built by the first search after a start (and after documents change): timed apart.
const dictionaryBuilt = measure(() => searchRepository.dictionary());
console.log(`dictionary of the titles (built by the first search): ${dictionaryBuilt.ms.toFixed(0)} ms`);
const rows: string[][] = [];
const slowest: { query: string; set: string; ms: number }[] = []; // ours, to show where the time goes
for (const engine of engines) {
  const latencies: number[] = [];
  const cpuTimes: number[] = []; // CPU time of the query: what latency would be on an idle machine (this one is shared)
  const recall: Record<string, string> = {};
  for (const [name, set] of Object.entries(sets)) {
    let found = 0;
    for (const { query, known } of set) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const ids = engine.run(query);
      latencies.push(performance.now() - started);
      if (engine === engines[0]) slowest.push({ query, set: name, ms: latencies.at(-1)! });
      const cpu = process.cpuUsage(cpuBefore);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      if (ids.some((id) => known.includes(id) || known.includes(original(id)))) found++;
    }
    recall[name] = (found / set.length).toFixed(3);
  }
  const answered = twoCharacterWords.filter((word) => engine.run(word).length > 0).length;
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const pick = (p: number) => latencies[Math.floor(latencies.length * p)]!.toFixed(1);
  const build = engine === engines[0] ? ours : trigram;
  const load = engine === engines[0] ? oursLoad : trigramLoad;
  rows.push([engine.name, `${(build.ms / 1000).toFixed(1)} s`, `+${mb(build.rss)} MB`, `${mb(engine === engines[0] ? oursSize : trigramSize)} MB`, `${load.ms.toFixed(0)} ms`,
    pick(0.5), pick(0.95), cpuTimes[Math.floor(cpuTimes.length * 0.95)]!.toFixed(1), recall['(a) fragments']!, recall['(b) fragments in traditional']!, recall['(c) titles']!, `${answered}/${twoCharacterWords.length}`,
    ...naturalKinds.map((kind) => recall[kind]!)]);
}
console.log(`queries: ${fragments.length} fragments (known items), ${titles.length} titles, ${twoCharacterWords.length} two-character words, ${natural.length} natural queries (${naturalKinds.join(', ')})`);
const header = ['engine', 'build', 'build RSS', 'disk', 'load', 'p50 ms', 'p95 ms', 'p95 CPU ms', 'recall (a)', 'recall (b)', 'recall (c)', '2-char answered', ...naturalKinds.map((kind) => `recall ${kind}`)];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`slowest queries (zhidu): ${slowest.sort((a, b) => b.ms - a.ms).slice(0, 5).map((q) => `${q.query} (${q.set}) ${q.ms.toFixed(0)} ms`).join(', ')}`);
// How each segmenter splits the natural queries: the share whose words all stand in the title they were made from.
if (natural.length > 0) {
  const dictionary = searchRepository.dictionary();
  const contentWords = (pieces: string[]) => {
    const words = pieces.filter((piece) => !/^[的和与及或对在于之等暨并]$/.test(piece));
    if (words.length > 1 && TYPE_WORDS.includes(words.at(-1)!)) words.pop();
    return words;
  };
  const segmenters: [string, (q: string) => string[]][] = [
    ['Intl.Segmenter(zh)', (q) => contentWords(q.split(/\s+/).flatMap((term) => icuWords(normaliseForSearch(term))))],
    ['dictionary of the inventory (ours)', (q) => q.split(/\s+/).flatMap((term) => readWords(term, dictionary).words)],
  ];
  for (const [name, split] of segmenters) {
    const shares = naturalKinds.map((kind) => {
      const set = natural.filter((entry) => entry.kind === kind);
      const fits = set.filter((entry) => split(entry.q).every((word) => normaliseForSearch(entry.title).includes(word))).length;
      return `${kind} ${(fits / set.length).toFixed(2)}`;
    });
    console.log(`segmentation by ${name}: words all in the title: ${shares.join(', ')}`);
  }
}
const titleFile = path.join(dataDir, 'title-index.json');
const titlesBuilt = measure(() => createTitleIndex({ db: appDb, file: titleFile }).close());
const titlesLoaded = measure(() => createTitleIndex({ db: appDb, file: titleFile }).close());
const titleIndex = createTitleIndex({ db: appDb, file: titleFile });
const suggestLatencies = titles.slice(0, 100).map(({ query }) => { const t = performance.now(); titleIndex.suggest(query.slice(0, 4), 8); return performance.now() - t; }).sort((a, b) => a - b);
console.log(`title autocomplete (MiniSearch): build ${titlesBuilt.ms.toFixed(0)} ms, saved ${mb(fs.statSync(titleFile).size)} MB, loaded at start in ${titlesLoaded.ms.toFixed(0)} ms, ` +
  `suggest p95 ${suggestLatencies[Math.floor(suggestLatencies.length * 0.95)]!.toFixed(1)} ms`);
console.log(`process RSS at the end: ${mb(process.memoryUsage().rss)} MB`);
titleIndex.close();
appDb.$client.close();
if (values.keep) console.log(`databases kept in ${dataDir}`);
else fs.rmSync(dataDir, { recursive: true, force: true });

function measure(run: () => void): { ms: number; rss: number } {
  const before = process.memoryUsage().rss;
  let peak = before;
  const started = performance.now();
  run();
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms: performance.now() - started, rss: peak - before };
}

/** Copies of the documents until there are `target`, each with a different character slipped into every line. */
