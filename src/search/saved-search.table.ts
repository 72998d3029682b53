import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';

export const SAVED_SEARCH_KINDS = ['search', 'documents'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];
export const RESULT_VIEWS = ['full', 'compact'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

/**
 * 我的检索: a search (`search`) or a document-list filter (`documents`) a user saved by name, as the
 * query string that reopens it. Each user sees only their own.
 */
export const savedSearchesTable = sqliteTable('saved_searches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => usersTable.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind', { enum: SAVED_SEARCH_KINDS }).notNull(),
  /** The page's query string, checked and kept to the parameters the page reads. */
  query: text('query').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
}, (table) => [uniqueIndex('saved_searches_user_name_idx').on(table.userId, table.name)]);

/** How a user likes results shown: the compact view (one line per hit) and the page size, remembered across visits. */
export const searchPreferencesTable = sqliteTable('search_preferences', {
  userId: integer('user_id').primaryKey().references(() => usersTable.id, { onDelete: 'cascade' }),
  view: text('view', { enum: RESULT_VIEWS }).notNull().default('full'),
  pageSize: integer('page_size').notNull().default(20),
});

export type SavedSearchRow = typeof savedSearchesTable.$inferSelect;
