import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';
import { documentsTable } from '../documents/documents.table.js';
import { unitsTable } from '../units/units.table.js';

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
  /** The unit's name as shown; `responsibleUnitId` is the unit itself, chosen from the managed list. */
  responsibleUnit: text('responsible_unit'),
  responsibleUnitId: integer('responsible_unit_id').references(() => unitsTable.id),
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

/**
 * The office that issues the briefing and the checklist (编印单位, 落款) and where briefings go (报送, 抄送):
 * set once by an administrator or the legal office. One row (id 1); until it is set, the issuing user's unit.
 */
export const officeSettingsTable = sqliteTable('office_settings', {
  id: integer('id').primaryKey(),
  office: text('office').notNull(),
  reportTo: text('report_to').notNull().default(''),
  copyTo: text('copy_to').notNull().default(''),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedByName: text('updated_by_name'),
});

/**
 * An issued briefing (第N期): the file exactly as issued, so it downloads again unchanged, and each item's
 * stage at the time, so the next issue can say what moved since.
 */
export const briefingsTable = sqliteTable('briefings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  number: integer('number').notNull().unique(),
  issuedOn: text('issued_on').notNull(),
  issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
  issuedById: integer('issued_by_id').references(() => usersTable.id, { onDelete: 'set null' }),
  issuedByName: text('issued_by_name'),
  office: text('office').notNull(),
  fileName: text('file_name').notNull(),
  /** SHA-256 of `bytes`. */
  contentHash: text('content_hash').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  stages: text('stages', { mode: 'json' }).$type<Record<string, Stage>>().notNull(),
});

export type OfficeSettingsRow = typeof officeSettingsTable.$inferSelect;
export type BriefingRow = typeof briefingsTable.$inferSelect;
