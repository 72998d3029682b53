import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';
import { documentsTable } from '../documents/documents.table.js';

export const TRACKING_KINDS = ['institution', 'mechanism'] as const;
export type TrackingKind = (typeof TRACKING_KINDS)[number];

/** The plan's life cycle of an item: drafted, discussed at meetings, issued and applied, refined. */
export const STAGES = ['drafting', 'consultation', 'approved', 'applied', 'refined'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The institutions to perfect and mechanisms to create (八项制度、六项机制). The brief's fourteen are seeded
 * by drizzle/0007_review_seed.sql; they are data, so another city can keep its own list.
 */
export const trackingItemsTable = sqliteTable('tracking_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: TRACKING_KINDS }).notNull(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
  responsibleUnit: text('responsible_unit'),
  lead: text('lead'),
  deadline: text('deadline'),
  stage: text('stage', { enum: STAGES }).notNull().default('drafting'),
  /** Words that find the documents covering the item; empty means the item's name without 制度/机制. */
  keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/** A dated progress report on an item (who reported what), possibly moving it to its next stage. Append-only. */
export const trackingReportsTable = sqliteTable('tracking_reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => trackingItemsTable.id, { onDelete: 'cascade' }),
  reportedOn: text('reported_on').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  actorId: integer('actor_id').references(() => usersTable.id, { onDelete: 'set null' }),
  actorName: text('actor_name'),
  unit: text('unit'),
  text: text('text').notNull(),
  stageFrom: text('stage_from', { enum: STAGES }),
  stageTo: text('stage_to', { enum: STAGES }),
}, (table) => [index('tracking_reports_item_idx').on(table.itemId)]);

/** Files attached to a report (meeting minutes, the issued text, …). */
export const trackingAttachmentsTable = sqliteTable('tracking_attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reportId: integer('report_id').notNull().references(() => trackingReportsTable.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
}, (table) => [index('tracking_attachments_report_idx').on(table.reportId)]);

/** A document of the inventory judged to cover an item (accepted) or not (rejected, so it is not suggested again). */
export const trackingDocumentLinksTable = sqliteTable('tracking_document_links', {
  itemId: integer('item_id').notNull().references(() => trackingItemsTable.id, { onDelete: 'cascade' }),
  documentId: integer('document_id').notNull().references(() => documentsTable.id, { onDelete: 'cascade' }),
  accepted: integer('accepted', { mode: 'boolean' }).notNull(),
  decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
  decidedByName: text('decided_by_name'),
}, (table) => [primaryKey({ columns: [table.itemId, table.documentId] }), index('tracking_document_links_document_idx').on(table.documentId)]);

export type TrackingItemRow = typeof trackingItemsTable.$inferSelect;
