import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder, openDatabase } from './database.js';

/**
 * Copies the live database to `file` with SQLite's online backup API, in one step: a step reads one
 * consistent snapshot (WAL lets writers go on meanwhile), whereas copying in small steps restarts whenever
 * another process writes, and a busy server would starve the backup for ever.
 */
export async function backupDatabase(source: Database.Database, file: string): Promise<void> {
  await source.backup(file, { progress: () => 0x7fffffff });
}

/** Tables every database of this application has. */
const CORE_TABLES = ['documents', 'document_contents', 'document_files'];

/**
 * Refuses a file that is not a backup of this application, or one made by a newer version: its applied
 * migrations must be, in order, the first of this code's migrations (same SQL, by hash).
 */
function checkIsBackupOfThisApplication(backup: Database.Database) {
  const notOurs = new Error('这不是本系统的备份文件');
  const tables = new Set((backup.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name));
  if (!tables.has('__drizzle_migrations') || CORE_TABLES.some((table) => !tables.has(table))) throw notOurs;
  const applied = (backup.prepare('select hash from __drizzle_migrations order by created_at, id').all() as { hash: string }[]).map((row) => row.hash);
  const known = readMigrationFiles({ migrationsFolder }).map((migration) => migration.hash);
  if (applied.length === 0 || applied.slice(0, known.length).some((hash, index) => hash !== known[index])) throw notOurs;
  if (applied.length > known.length) throw new Error('这个备份来自本系统更新的版本，请先升级本系统再恢复');
}

function openBackup(file: string) {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  let check: unknown;
  try {
    check = backup.pragma('integrity_check', { simple: true });
  } catch {
    backup.close();
    throw new Error(`这不是 SQLite 数据库文件：${file}`);
  }
  if (check !== 'ok') {
    backup.close();
    throw new Error(`备份文件已损坏：${String(check)}`);
  }
  return backup;
}

/**
 * Restores `file` over the database at `target`. The backup is checked first (a SQLite file, intact, of this
 * application and not of a newer version); the database it replaces is copied aside to
 * `<target>.before-restore-<time>` and put back if the restored one does not then open, migrate and check.
 * Returns the path of the copy kept aside (null when there was no database yet). The caller makes sure no
 * server has the database open.
 */
export async function restoreDatabase(file: string, target: string, now = new Date()): Promise<{ aside: string | null }> {
  const backup = openBackup(file);
  try {
    checkIsBackupOfThisApplication(backup);
    const aside = fs.existsSync(target) ? `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}` : null;
    if (aside) await copyDatabase(target, aside);
    try {
      await backup.backup(target);
      const restored = openDatabase(target); // applies the migrations a backup of an older version lacks
      try {
        const check = restored.$client.pragma('integrity_check', { simple: true });
        if (check !== 'ok') throw new Error(`恢复后的数据库检查未通过：${String(check)}`);
      } finally {
        restored.$client.close();
      }
    } catch (error) {
      if (aside) await copyDatabase(aside, target);
      throw error;
    }
    return { aside };
  } finally {
    backup.close();
  }
}

async function copyDatabase(from: string, to: string) {
  const source = new Database(from, { fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}
