import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createInMemoryDatabase, openDatabase } from './database.js';

test('every migration applies to an empty database and leaves the expected tables and indexes', () => {
  const db = createInMemoryDatabase();
  const names = db.$client.prepare("select type, name from sqlite_master where name not like 'sqlite_%' and name not like '__drizzle%' order by name").all();
  expect(names).toEqual(expect.arrayContaining([
    { type: 'table', name: 'documents' },
    { type: 'table', name: 'document_contents' },
    { type: 'table', name: 'document_files' },
    { type: 'index', name: 'documents_issued_on_idx' },
    { type: 'index', name: 'documents_doc_type_issued_on_idx' },
  ]));
  const applied = db.$client.prepare('select count(*) as count from __drizzle_migrations').get() as { count: number };
  const journal = JSON.parse(fs.readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8'));
  expect(applied.count).toBe(journal.entries.length);
  expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
});

test('a database file is created with its folder, and opening it again applies nothing twice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-db-'));
  const file = path.join(dir, 'nested', 'zhidu.sqlite');
  openDatabase(file).$client.close();
  const again = openDatabase(file);
  expect(fs.existsSync(file)).toBe(true);
  const journal = JSON.parse(fs.readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8'));
  const applied = again.$client.prepare('select hash from __drizzle_migrations').all() as { hash: string }[];
  expect(applied).toHaveLength(journal.entries.length);
  expect(new Set(applied.map((row) => row.hash)).size).toBe(applied.length);
  again.$client.close();
});

test('the list query for the default sort uses its index, not a scan and sort', () => {
  const db = createInMemoryDatabase();
  const plan = db.$client.prepare(
    "explain query plan select * from documents where coalesce(issued_on, '') <= '2020-01-01' and (coalesce(issued_on, '') < '2020-01-01' or id < 5) order by coalesce(issued_on, '') desc, id desc limit 51",
  ).all() as { detail: string }[];
  expect(plan.map((row) => row.detail).join(' ')).toMatch(/SEARCH documents USING INDEX documents_issued_on_idx/);
  expect(plan.map((row) => row.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
});

// The migrations written by hand (drizzle-kit cannot express them), each with what it must leave behind.
describe('hand-written migrations', () => {
  const db = createInMemoryDatabase();
  const sqlOf = (name: string) => (db.$client.prepare('select sql from sqlite_master where name = ?').get(name) as { sql: string } | undefined)?.sql ?? '';

  test.each([
    ['0001_sort_indexes', 'documents_issued_on_idx', /coalesce\(`issued_on`, ''\), `id`/],
    ['0001_sort_indexes', 'documents_level_issued_on_idx', /`level`, coalesce\(`issued_on`, ''\), `id`/],
    ['0003_search_index', 'search_index', /fts5/i],
    ['0005_search_vocabulary', 'search_vocabulary', /fts5vocab\('search_index', 'row'\)/],
    ['0007_review_seed', 'disposition_history_no_update', /BEFORE UPDATE ON `disposition_history`/],
    ['0007_review_seed', 'disposition_history_no_delete', /BEFORE DELETE ON `disposition_history`/],
  ])('%s creates %s', (_migration, name, shape) => {
    expect(sqlOf(name)).toMatch(shape);
  });

  test('the full-text index and its vocabulary answer, and the history refuses changes', () => {
    db.$client.prepare("insert into search_index (rowid, title, body) values (1, '城市 市绿 绿化', '办法 法$')").run();
    expect(db.$client.prepare("select rowid from search_index where search_index match '\"绿化\"'").all()).toEqual([{ rowid: 1 }]);
    expect(db.$client.prepare("select doc from search_vocabulary where term = '绿化'").get()).toEqual({ doc: 1 });
    db.$client.prepare("insert into disposition_history (disposition_id, round_id, at, action, changes) values (1, 1, 0, 'updated', '{}')").run();
    expect(() => db.$client.prepare("update disposition_history set action = 'approved'").run()).toThrow();
    expect(() => db.$client.prepare('delete from disposition_history').run()).toThrow();
  });

  test('the seed migration gives a new installation the grounds and the fourteen tracked items', () => {
    const count = (table: string) => (db.$client.prepare(`select count(*) as c from ${table}`).get() as { c: number }).c;
    expect(count('tracking_items')).toBe(14);
    expect(db.$client.prepare("select category, action from review_grounds where code = 'keep_valid'").get()).toEqual({ category: 'keep', action: '继续有效' });
  });
});
