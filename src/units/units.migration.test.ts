import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { expect, test } from 'vitest';
import { migrationsFolder } from '../db/database.js';

/** A copy of the migrations that stops before the first one whose tag starts with `stopAt`. */
function migrationsBefore(stopAt: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((entry) => entry.tag.endsWith(stopAt));
  expect(stop).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, stop);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

test('the free-text units of an existing database become managed units, and every row keeps its unit', () => {
  const client = new Database(':memory:');
  client.pragma('foreign_keys = ON');
  const db = drizzle(client);
  migrate(db, { migrationsFolder: migrationsBefore('_units') });

  const now = Date.now();
  const addUser = client.prepare("insert into users (username, display_name, unit, role, password_hash, created_at) values (?, ?, ?, 'department', 'x', ?)");
  addUser.run('cz1', '财政一', '平凉市财政局', now);
  addUser.run('cz2', '财政二', '市财政局', now);
  addUser.run('sf', '司法', ' 平凉市司法局 ', now);
  addUser.run('ht', '华亭财政', '华亭市财政局', now);
  addUser.run('zf', '政府', '市人民政府', now);
  addUser.run('sj', '审计', '市审计局', now);
  addUser.run('zf2', '政府二', '平凉市政府', now);
  client.prepare("insert into review_rounds (name, scope, created_at) values ('2024年清理', '{}', ?)").run(now);
  const addDisposition = client.prepare("insert into dispositions (round_id, category, responsible_unit, created_at, updated_at) values (1, 'create', ?, ?, ?)");
  addDisposition.run('市财政局', now, now);
  addDisposition.run('平凉市人民政府', now, now);
  addDisposition.run(null, now, now);
  addDisposition.run('平凉市教育局', now, now);
  client.prepare("update tracking_items set responsible_unit = '平凉市司法局' where id = 1").run();
  client.prepare("update tracking_items set responsible_unit = '市 司法局' where id = 2").run();
  client.prepare("update tracking_items set responsible_unit = '市财政局' where id = 3").run();

  migrate(db, { migrationsFolder });

  const units = client.prepare('select id, name, short_name as shortName, aliases, kind from units order by name').all() as { id: number; name: string; shortName: string | null; aliases: string; kind: string }[];
  const byName = new Map(units.map((unit) => [unit.name, unit]));
  expect(units.map((unit) => unit.name).sort()).toEqual(['华亭市财政局', '市审计局', '平凉市人民政府', '平凉市教育局', '平凉市财政局', '平凉市司法局'].sort());
  expect(byName.get('平凉市财政局')).toMatchObject({ shortName: '市财政局', kind: 'department' });
  expect(byName.get('平凉市人民政府')).toMatchObject({ shortName: '市人民政府', kind: 'government' });
  expect(JSON.parse(byName.get('平凉市人民政府')!.aliases)).toEqual(['平凉市政府']);
  expect(byName.get('平凉市司法局')).toMatchObject({ shortName: '市司法局' });
  // Spaces are not a spelling of their own: "市 司法局" is 市司法局, "平凉市司法局 " 平凉市司法局.
  expect(JSON.parse(byName.get('平凉市司法局')!.aliases)).toEqual([]);

  const users = client.prepare('select username, unit, unit_id as unitId from users order by username').all() as { username: string; unit: string; unitId: number }[];
  const userUnit = Object.fromEntries(users.map((user) => [user.username, [user.unit, user.unitId]]));
  expect(userUnit).toEqual({
    cz1: ['平凉市财政局', byName.get('平凉市财政局')!.id],
    cz2: ['平凉市财政局', byName.get('平凉市财政局')!.id],
    sf: ['平凉市司法局', byName.get('平凉市司法局')!.id],
    ht: ['华亭市财政局', byName.get('华亭市财政局')!.id],
    zf: ['平凉市人民政府', byName.get('平凉市人民政府')!.id],
    zf2: ['平凉市人民政府', byName.get('平凉市人民政府')!.id],
    sj: ['市审计局', byName.get('市审计局')!.id],
  });

  expect(client.prepare('select responsible_unit as unit, responsible_unit_id as unitId from dispositions order by id').all()).toEqual([
    { unit: '平凉市财政局', unitId: byName.get('平凉市财政局')!.id },
    { unit: '平凉市人民政府', unitId: byName.get('平凉市人民政府')!.id },
    { unit: null, unitId: null },
    { unit: '平凉市教育局', unitId: byName.get('平凉市教育局')!.id },
  ]);
  expect(client.prepare('select responsible_unit as unit, responsible_unit_id as unitId from tracking_items where id <= 4 order by id').all()).toEqual([
    { unit: '平凉市司法局', unitId: byName.get('平凉市司法局')!.id },
    { unit: '平凉市司法局', unitId: byName.get('平凉市司法局')!.id },
    { unit: '平凉市财政局', unitId: byName.get('平凉市财政局')!.id },
    { unit: null, unitId: null },
  ]);
  expect(client.pragma('foreign_key_check')).toEqual([]);
});
