import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';

/** What a notification is about: a disposition returned to its author, a new progress report, a deadline near or past. */
export const NOTIFICATION_KINDS = ['disposition_returned', 'progress_report', 'deadline', 'campaign'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A notice for one user, shown under the bell in the header until read. Returns and reports are written in
 * the transaction of the event itself; deadlines are computed when read and recorded once (by `dedupeKey`)
 * so that they too can be marked read.
 */
export const notificationsTable = sqliteTable('notifications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  recipientId: integer('recipient_id').notNull().references(() => usersTable.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
  /** A path on this site: the disposition, the tracked item. */
  subjectHref: text('subject_href').notNull(),
  text: text('text').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  readAt: integer('read_at', { mode: 'timestamp_ms' }),
  /** Set for notices computed from a state (a deadline), so the same notice is recorded only once per recipient. */
  dedupeKey: text('dedupe_key'),
}, (table) => [
  index('notifications_recipient_idx').on(table.recipientId, table.id),
  index('notifications_recipient_unread_idx').on(table.recipientId, table.readAt),
  uniqueIndex('notifications_recipient_dedupe_idx').on(table.recipientId, table.dedupeKey),
]);

export type NotificationRow = typeof notificationsTable.$inferSelect;
export type NewNotification = Pick<NotificationRow, 'recipientId' | 'kind' | 'subjectHref' | 'text'> & { dedupeKey?: string | null };
