import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
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
