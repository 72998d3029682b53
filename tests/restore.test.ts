import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { databasePath } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { startServer } from './real-server.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = (args: string[], dataDir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
  cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, encoding: 'utf8',
});

/** A data directory whose database holds one marked audit event, to tell it from others. */
function dataDirMarked(mark: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-restore-'));
  const db = openDatabase(databasePath({ dataDir }));
  db.$client.prepare("insert into audit_events (at, action, target_name) values (?, 'auth.sign_in', ?)").run(Date.now(), mark);
  db.$client.close();
  return dataDir;
}

const marksOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select target_name from audit_events order by id').all() as { target_name: string }[]).map((row) => row.target_name);
  } finally {
    db.close();
  }
};

test('restore refuses a database of another application that has a drizzle migrations table, and changes nothing', () => {
  const dataDir = dataDirMarked('live');
  const foreign = path.join(dataDir, 'foreign.sqlite');
  const db = new Database(foreign);
  db.exec(`create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric);
    insert into __drizzle_migrations (hash, created_at) values ('0123abcd', 1700000000000);
    create table notes (id integer primary key, body text);`);
  db.close();
  const restore = cli(['restore', foreign], dataDir);
  expect(restore.status).toBe(1);
  expect(restore.stderr).toContain('不是本系统的备份文件');
  expect(marksOf(databasePath({ dataDir }))).toEqual(['live']);
  expect(cli(['user', 'list'], dataDir).status).toBe(0);
});

test('restore refuses a backup made by a newer version of the application', () => {
  const dataDir = dataDirMarked('live');
  const newer = path.join(dataDirMarked('newer'), 'zhidu.sqlite');
  const db = new Database(newer);
  db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('f'.repeat(64), Date.now() + 86_400_000);
  db.close();
  const restore = cli(['restore', newer], dataDir);
  expect(restore.status).toBe(1);
  expect(restore.stderr).toContain('更新的版本');
  expect(marksOf(databasePath({ dataDir }))).toEqual(['live']);
});

test('restore keeps the replaced database aside, and refuses while the server runs', async () => {
  const dataDir = dataDirMarked('live');
  const backup = path.join(dataDirMarked('backed-up'), 'zhidu.sqlite');
  const server = await startServer({}, dataDir);
  const whileRunning = cli(['restore', backup], dataDir);
  expect(whileRunning.status).toBe(1);
  expect(whileRunning.stderr).toContain('服务正在运行');
  expect(marksOf(databasePath({ dataDir }))[0]).toBe('live');
  await server.stop();

  const restore = cli(['restore', backup], dataDir);
  expect(restore.status, restore.stderr).toBe(0);
  expect(marksOf(databasePath({ dataDir }))).toEqual(['backed-up']);
  const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('zhidu.sqlite.before-restore-'));
  expect(aside).toHaveLength(1);
  expect(marksOf(path.join(dataDir, aside[0]!))[0]).toBe('live');
  expect(restore.stdout).toContain(aside[0]);
}, 60_000);

test('backup finishes while another process keeps writing to a large database', async () => {
  const dataDir = dataDirMarked('live');
  const file = databasePath({ dataDir });
  const writer = openDatabase(file);
  const filler = 'x'.repeat(8000);
  writer.$client.transaction(() => {
    const insert = writer.$client.prepare("insert into audit_events (at, action, detail) values (?, 'filler', ?)");
    for (let i = 0; i < 4000; i++) insert.run(Date.now(), filler); // about 32 MB: hundreds of backup steps of 100 pages
  })();
  let writing = true;
  let writes = 0;
  const writes$ = (async () => {
    while (writing) {
      writer.$client.prepare("insert into audit_events (at, action, target_name) values (?, 'auth.sign_in_failed', 'load')").run(Date.now());
      writes++;
      await sleep(2);
    }
  })();
  const backupFile = path.join(dataDir, 'backup.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'backup', backupFile], { cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, stdio: 'ignore' });
  const exit = await Promise.race([
    new Promise<number | null>((resolve) => child.on('exit', resolve)),
    sleep(30_000).then(() => 'still running after 30 s'),
  ]);
  child.kill('SIGKILL');
  writing = false;
  await writes$;
  writer.$client.close();
  expect(exit).toBe(0);
  expect(writes).toBeGreaterThan(100);
  expect(marksOf(backupFile).filter((mark) => mark !== null && mark !== 'load')).toEqual(['live']);
}, 60_000);
