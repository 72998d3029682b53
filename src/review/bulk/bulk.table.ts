import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../../auth/auth.table.js';
import { dispositionsTable, reviewRoundsTable } from '../review.table.js';

/**
 * A user's last bulk action on a round: what it was and how it went. One row per user and round, replaced
 * by the next run, so the round page can say what was done after a reload.
 */
export const reviewBulkRunsTable = sqliteTable('review_bulk_runs', {
  userId: integer('user_id').notNull().references(() => usersTable.id, { onDelete: 'cascade' }),
  roundId: integer('round_id').notNull().references(() => reviewRoundsTable.id, { onDelete: 'cascade' }),
  action: text('action').notNull(),
  total: integer('total').notNull(),
  updated: integer('updated').notNull(),
  refused: integer('refused').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
}, (table) => [primaryKey({ columns: [table.userId, table.roundId] })]);

/** What the user's last bulk action on a round refused, and why: the filter 上次未能处理的. */
export const reviewBulkRefusalsTable = sqliteTable('review_bulk_refusals', {
  userId: integer('user_id').notNull().references(() => usersTable.id, { onDelete: 'cascade' }),
  roundId: integer('round_id').notNull().references(() => reviewRoundsTable.id, { onDelete: 'cascade' }),
  dispositionId: integer('disposition_id').notNull().references(() => dispositionsTable.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  message: text('message').notNull(),
}, (table) => [
  primaryKey({ columns: [table.userId, table.roundId, table.dispositionId] }),
  index('review_bulk_refusals_disposition_idx').on(table.dispositionId),
]);

export type ReviewBulkRunRow = typeof reviewBulkRunsTable.$inferSelect;
