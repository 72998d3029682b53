import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.js';
import { databasePath } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = (args: string[], dataDir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
  cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, encoding: 'utf8',
});

function documentState(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      documents: (db.prepare('select count(*) as c from documents').get() as { c: number }).c,
      incomplete: (db.prepare(`select count(*) as c from documents d
        left join document_contents c on c.document_id = d.id left join document_files f on f.document_id = d.id
        where c.document_id is null or f.document_id is null or length(f.bytes) <> d.size_bytes`).get() as { c: number }).c,
      strayContents: (db.prepare('select count(*) as c from document_contents where document_id not in (select id from documents)').get() as { c: number }).c,
      strayFiles: (db.prepare('select count(*) as c from document_files where document_id not in (select id from documents)').get() as { c: number }).c,
      digest: db.prepare('select sha256, title, doc_number from documents order by sha256').all(),
    };
  } finally {
    db.close();
  }
}

test('a batch import killed with SIGKILL leaves every document whole or absent, and a rerun completes it', async () => {
  const corpus = generateCorpus(400);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-crash-'));
  const file = databasePath({ dataDir });
  openDatabase(file).$client.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', '--json', corpus], {
    cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'ignore'],
  });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => { lines += chunk.toString().split('\n').length - 1; });
  while (lines < 60) await sleep(20); // well into the batch, with writes in flight
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));

  const afterCrash = documentState(file);
  expect(afterCrash).toMatchObject({ integrity: 'ok', incomplete: 0, strayContents: 0, strayFiles: 0 });
  expect(afterCrash.documents).toBeGreaterThanOrEqual(50);
  expect(afterCrash.documents).toBeLessThan(fs.readdirSync(corpus).length);

  const rerun = cli(['import', corpus], dataDir);
  expect(rerun.status).toBe(0);
  const complete = documentState(file);
  expect(complete).toMatchObject({ integrity: 'ok', incomplete: 0, documents: fs.readdirSync(corpus).length });
  expect(rerun.stdout).toContain(`重复 ${afterCrash.documents} 件`);
}, 120_000);

test('backup while the database is being written, then restore: the contents come back exactly', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-backup-'));
  const corpus = generateCorpus(30);
  expect(cli(['import', corpus], dataDir).status).toBe(0);
  const file = databasePath({ dataDir });

  // A writer keeps committing (as a running server would) while the backup command copies.
  const writer = openDatabase(file);
  let writing = true;
  const writes = (async () => {
    for (let i = 0; writing; i++) {
      writer.$client.prepare('insert into audit_events (at, action, target_name) values (?, ?, ?)').run(Date.now(), 'auth.sign_in_failed', `load${i}`);
      await sleep(1);
    }
  })();
  const backupFile = path.join(dataDir, 'backup.sqlite');
  const backup = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'backup', backupFile], { cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, stdio: 'ignore' })
      .on('exit', resolve);
  });
  writing = false;
  await writes;
  writer.$client.close();
  expect(backup).toBe(0);

  const backedUp = documentState(backupFile);
  expect(backedUp).toMatchObject({ integrity: 'ok', incomplete: 0 });
  expect(backedUp.documents).toBe(documentState(file).documents);

  // Lose data, then restore.
  const db = new Database(file);
  db.exec('delete from documents');
  db.close();
  expect(documentState(file).documents).toBe(0);
  const restore = cli(['restore', backupFile], dataDir);
  expect(restore.status).toBe(0);
  expect(documentState(file)).toEqual(backedUp);

  const bad = cli(['restore', path.join(root, 'package.json')], dataDir);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('不是 SQLite 数据库文件');
  expect(documentState(file)).toEqual(backedUp);
}, 120_000);
