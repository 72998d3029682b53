import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { expect, test } from 'vitest';
import { createAppDependencies } from '../app.dependencies.js';
import { loadConfig } from '../config.js';
import { migrationsFolder, openDatabase } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import { listDocuments } from '../documents/documents.usecases.js';
import { testParser } from '../test-app.js';
import { createTitleIndex } from '../search/title-index.js';

/** The migrations folder as it was before clean-up statuses: every migration up to the one that adds them. */
function migrationsBeforeCleanupStatus(dir: string) {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith('_cleanup_status'));
  expect(index).toBeGreaterThan(0);
  const entries = journal.entries.slice(0, index);
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag } of entries) fs.copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(dir, `${tag}.sql`));
}

test('on an existing database, the decisions approved before the upgrade give their documents a status when the app starts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-cleanup-migration-'));
  migrationsBeforeCleanupStatus(path.join(dir, 'old-migrations'));
  const file = path.join(dir, 'zhidu.sqlite');
  const old = new Database(file);
  migrate(drizzle(old), { migrationsFolder: path.join(dir, 'old-migrations') });
  const approvedAt = Date.parse('2026-03-02T09:00:00+08:00');
  const insertDocument = old.prepare(`insert into documents (sha256, file_name, format, size_bytes, title, issuer, issued_on, extracted, created_at, updated_at)
    values (?, 'x.txt', 'txt', 1, ?, '平凉市人民政府', ?, '{}', 0, 0)`);
  const id = (title: string, issuedOn: string) => Number(insertDocument.run(`${title}${issuedOn}`, title, issuedOn).lastInsertRowid);
  const abolished = id('平凉市节能补助办法', '2018-01-01');
  const improved = id('平凉市档案管理办法', '2020-02-01');
  const older = id('平凉市城市管理办法', '2015-03-01');
  const newer = id('平凉市城市管理办法', '2021-06-01');
  const returned = id('平凉市物业管理办法', '2019-05-01');
  const round = Number(old.prepare("insert into review_rounds (name, created_at) values ('2026年第一批清理', 0)").run().lastInsertRowid);
  const decide = old.prepare('insert into dispositions (round_id, document_id, category, status, created_at, updated_at) values (?, ?, ?, ?, 0, ?)');
  decide.run(round, abolished, 'abolish', 'approved', approvedAt);
  decide.run(round, improved, 'improve', 'approved', approvedAt);
  decide.run(round, returned, 'abolish', 'returned', approvedAt);
  old.close();

  const db = openDatabase(file);
  // What the server, the command line and every test app start with.
  const { documentsRepository, documentTextMatcher } = createAppDependencies({ db, config: { ...loadConfig({}), dataDir: dir }, parser: testParser(), titleIndex: createTitleIndex({ db, file: null }) });
  const list = (status?: 'abolished') => listDocuments({
    input: { sort: 'issuedOn', order: 'desc', limit: 50, status }, extra: undefined, today: todayIso(), documentsRepository, matchText: documentTextMatcher,
  }).documents;
  const byId = new Map(list().map((d) => [d.id, d]));
  expect(byId.get(abolished)).toMatchObject({ status: 'abolished', cleanup: { roundId: round, roundName: '2026年第一批清理', decidedOn: '2026-03-02' } });
  expect(byId.get(improved)).toMatchObject({ status: 'to_revise', cleanup: { roundName: '2026年第一批清理' } });
  expect(byId.get(older)).toMatchObject({ status: 'revised', cleanup: { revisedById: newer, revisedHow: 'newer_version' } });
  expect(byId.get(newer)?.status).toBe('in_force');
  expect(byId.get(returned)?.status).toBe('in_force');
  expect(list('abolished').map((d) => d.id)).toEqual([abolished]);
  db.$client.close();
});
