import { and, asc, count, eq } from 'drizzle-orm';
import { isConstraintViolation, type AppDatabase } from '../db/database.js';
import { createSavedSearchNameTakenError, createSavedSearchNotFoundError } from './search.errors.js';
import { savedSearchesTable, searchPreferencesTable, type ResultView, type SavedSearchKind, type SavedSearchRow } from './saved-search.table.js';

export type SearchPreferences = { view: ResultView; pageSize: number };
export const DEFAULT_PREFERENCES: SearchPreferences = { view: 'full', pageSize: 20 };

/** Saved searches and result preferences, always of one user: another user's row is "not found". */
export function createSavedSearchRepository({ db }: { db: AppDatabase }) {
  const t = savedSearchesTable;
  const nameTaken = (error: unknown) => (isConstraintViolation(error, 'UNIQUE') ? createSavedSearchNameTakenError() : error);
  return {
    list(userId: number): SavedSearchRow[] {
      return db.select().from(t).where(eq(t.userId, userId)).orderBy(asc(t.kind), asc(t.name)).all();
    },

    count(userId: number): number {
      return db.select({ value: count() }).from(t).where(eq(t.userId, userId)).get()?.value ?? 0;
    },

    get(userId: number, id: number): SavedSearchRow {
      const row = db.select().from(t).where(and(eq(t.id, id), eq(t.userId, userId))).get();
      if (!row) throw createSavedSearchNotFoundError();
      return row;
    },

    insert(values: { userId: number; name: string; kind: SavedSearchKind; query: string; now: Date }): SavedSearchRow {
      try {
        return db.insert(t).values({ userId: values.userId, name: values.name, kind: values.kind, query: values.query, createdAt: values.now, updatedAt: values.now }).returning().get();
      } catch (error) {
        throw nameTaken(error);
      }
    },

    rename(userId: number, id: number, name: string, now: Date): SavedSearchRow {
      try {
        const row = db.update(t).set({ name, updatedAt: now }).where(and(eq(t.id, id), eq(t.userId, userId))).returning().get();
        if (!row) throw createSavedSearchNotFoundError();
        return row;
      } catch (error) {
        throw nameTaken(error);
      }
    },

    delete(userId: number, id: number) {
      const deleted = db.delete(t).where(and(eq(t.id, id), eq(t.userId, userId))).returning({ id: t.id }).all();
      if (deleted.length === 0) throw createSavedSearchNotFoundError();
    },

    preferences(userId: number): SearchPreferences {
      const row = db.select().from(searchPreferencesTable).where(eq(searchPreferencesTable.userId, userId)).get();
      return row ? { view: row.view, pageSize: row.pageSize } : DEFAULT_PREFERENCES;
    },

    setPreferences(userId: number, preferences: SearchPreferences) {
      db.insert(searchPreferencesTable).values({ userId, ...preferences })
        .onConflictDoUpdate({ target: searchPreferencesTable.userId, set: preferences }).run();
    },
  };
}

export type SavedSearchRepository = ReturnType<typeof createSavedSearchRepository>;
