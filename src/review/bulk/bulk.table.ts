import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../../auth/auth.table.js';
import { dispositionsTable, reviewRoundsTable } from '../review.table.js';

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
