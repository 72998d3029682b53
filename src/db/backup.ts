import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Copies the live database to `file` with SQLite's online backup API: consistent even while the server
 * writes, since the copy restarts from any page a writer changes.
 */
export async function backupDatabase(source: Database.Database, file: string): Promise<void> {
  await source.backup(file);
}

/**
 * Restores `file` over the database at `target`: the backup is checked first, then copied in through the
 * backup API, so a server that has the database open sees the restored pages, never a half-written file.
 */
export async function restoreDatabase(file: string, target: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let check: unknown;
    try {
      check = backup.pragma('integrity_check', { simple: true });
    } catch {
      throw new Error(`这不是 SQLite 数据库文件：${file}`);
    }
    if (check !== 'ok') throw new Error(`备份文件已损坏：${String(check)}`);
    if (!backup.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get()) {
      throw new Error('这不是本系统的备份文件');
    }
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
