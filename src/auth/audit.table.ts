import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who did what to access and accounts, when, and from where. Rows are only ever added. */
export const auditEventsTable = sqliteTable('audit_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  action: text('action').notNull(),
  /** The user who acted; null for a failed sign-in by an unknown name, or the command line. */
  actorId: integer('actor_id'),
  actorName: text('actor_name'),
  targetName: text('target_name'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
}, (table) => [index('audit_events_at_idx').on(table.at)]);

export type AuditEventRow = typeof auditEventsTable.$inferSelect;
