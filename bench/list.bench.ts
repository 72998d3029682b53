/**
 * The document list at 100,000 rows: keyset pages (what the app does) beside OFFSET pages (the obvious
 * alternative), with and without filters, measured in one run.  npm run bench:list [-- ROWS]
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createInMemoryDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import type { ListQuery } from '../src/documents/documents.repository.js';
import { documentsTable } from '../src/documents/documents.table.js';

const rows = Number(process.argv[2] ?? 100_000);
const db = createInMemoryDatabase();
const repository = createInventory(db);

const TYPES = ['办法', '通知', '意见', '规定', '决定', '实施细则', '条例', '制度'];
const ISSUERS = Array.from({ length: 60 }, (_, i) => `平凉市第${i + 1}局`);
const LEVELS = ['规范性文件', '规章', '内部制度', '地方性法规'];
const insert = db.$client.prepare(`insert into documents (sha256, file_name, format, size_bytes, title, doc_number, issuer, issued_on,
  expires_on, doc_type, level, extracted, created_at, updated_at) values (?, ?, 'txt', 1000, ?, ?, ?, ?, ?, ?, ?, '{}', 0, 0)`);
const started = performance.now();
db.$client.transaction(() => {
  for (let i = 0; i < rows; i++) {
    const year = 1990 + (i * 7919) % 36;
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    insert.run(i.toString(16).padStart(64, '0'), `${i}.txt`, `平凉市第${i}号${TYPES[i % 8]}`, i % 10 === 0 ? null : `平政发〔${year}〕${i}号`,
      ISSUERS[i % 60], i % 50 === 0 ? null : date, i % 3 === 0 ? `${year + 5}-01-01` : null, TYPES[i % 8], LEVELS[i % 4]);
  }
})();
// One document in a hundred abolished by the clean-up (the status the review writes into the row).
db.$client.exec("update documents set cleanup_status = 'abolished' where id % 100 = 0");
db.$client.exec('analyze');
console.log(`${rows} rows inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

function median(run: () => unknown, times = 30): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const base: ListQuery = { sort: 'issuedOn', order: 'desc', limit: 50, today: '2026-11-27' };
/** The cursor of the page that starts at `position`, found by walking; what a user paging far would hold. */
function cursorAt(query: ListQuery, position: number): string {
  let cursor: string | undefined;
  for (let seen = 0; seen < position; seen += 1000) cursor = repository.list({ ...query, limit: 1000, cursor }).nextCursor ?? undefined;
  return cursor!;
}
function offsetPage(query: ListQuery, offset: number) {
  const order = sql`coalesce(${documentsTable.issuedOn}, '') desc, ${documentsTable.id} desc`;
  const where = query.docType ? sql`where ${documentsTable.docType} = ${query.docType}` : sql``;
  return db.all(sql`select * from ${documentsTable} ${where} order by ${order} limit 50 offset ${offset}`);
}

const deep = Math.floor(rows * 0.9);
const cases: [string, () => unknown][] = [
  ['first page, by date', () => repository.list(base)],
  [`keyset page at row ${deep}`, ((cursor) => () => repository.list({ ...base, cursor }))(cursorAt(base, deep))],
  [`OFFSET page at row ${deep}`, () => offsetPage(base, deep)],
  ['type filter, first page', () => repository.list({ ...base, docType: '办法' })],
  [`type filter, keyset at row ${Math.floor(deep / 8)}`, ((cursor) => () => repository.list({ ...base, docType: '办法', cursor }))(cursorAt({ ...base, docType: '办法' }, Math.floor(deep / 8)))],
  [`type filter, OFFSET at row ${Math.floor(deep / 8)}`, () => offsetPage({ ...base, docType: '办法' }, Math.floor(deep / 8))],
  ['issuer + years 2000–2010', () => repository.list({ ...base, issuer: '平凉市第7局', yearFrom: 2000, yearTo: 2010 })],
  ['status expired', () => repository.list({ ...base, status: 'expired' })],
  ['status in force', () => repository.list({ ...base, status: 'in_force' })],
  ['status abolished (1%)', () => repository.list({ ...base, status: 'abolished' })],
  ['count, status abolished', () => repository.count({ ...base, status: 'abolished' })],
  ['title contains 第4242号', () => repository.list({ ...base, text: '第4242号' })],
  ['sort by title, first page', () => repository.list({ ...base, sort: 'title', order: 'asc' })],
  ['count, no filter', () => repository.count(base)],
  ['count, type filter', () => repository.count({ ...base, docType: '办法' })],
  ['facets', () => repository.facets()],
];
console.log('query                                   median ms');
for (const [name, run] of cases) console.log(`${name.padEnd(40)} ${median(run).toFixed(2).padStart(8)}`);
