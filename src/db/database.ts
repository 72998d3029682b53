import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

// The handle is untyped by schema: each feature imports its own tables, so this file knows none of them
// (src/db/schema.ts gathers them for drizzle-kit only).
export type AppDatabase = BetterSQLite3Database & { $client: Database.Database };
/** The handle inside `db.transaction(...)`; repositories accept either. */
export type Transaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];
export type DatabaseOrTransaction = AppDatabase | Transaction;

/** Whether SQLite refused a write for a constraint of this kind (a repository turns it into a domain error). */
export function isConstraintViolation(error: unknown, kind: 'UNIQUE' | 'FOREIGNKEY'): boolean {
  return (error as { code?: string }).code === `SQLITE_CONSTRAINT_${kind}`;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (creating if needed) the database at `file`, or an in-memory one for ':memory:', and applies
 * every migration in `drizzle/`, so tests and the app always run on the same schema.
 */
export function openDatabase(file: string): AppDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const db = drizzle(client);
  migrate(db, { migrationsFolder });
  return db;
}

export function createInMemoryDatabase(): AppDatabase {
  return openDatabase(':memory:');
}
