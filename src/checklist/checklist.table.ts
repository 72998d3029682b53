import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';
import { reviewRoundsTable } from '../review/review.table.js';
import type { ChecklistOptions, ChecklistRow } from './checklist.models.js';

/**
 * Every checklist generated (downloaded, printed, exported from the CLI): when, by whom, with which options,
 * and its rows, so two versions can be compared. A generation identical to the round's latest version with
 * the same options is not stored again.
 */
export const checklistVersionsTable = sqliteTable('checklist_versions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => reviewRoundsTable.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  createdById: integer('created_by_id').references(() => usersTable.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name'),
  options: text('options', { mode: 'json' }).$type<ChecklistOptions>().notNull(),
  /** SHA-256 of the rows and options. */
  contentHash: text('content_hash').notNull(),
  rows: text('rows', { mode: 'json' }).$type<ChecklistRow[]>().notNull(),
}, (table) => [index('checklist_versions_round_idx').on(table.roundId)]);

export type ChecklistVersionRow = typeof checklistVersionsTable.$inferSelect;
