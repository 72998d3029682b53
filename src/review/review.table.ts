import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';
import { documentsTable } from '../documents/documents.table.js';
import { trackingItemsTable } from '../tracking/tracking.table.js';
import { unitsTable } from '../units/units.table.js';

export const CATEGORIES = ['keep', 'improve', 'abolish', 'create'] as const;
export type Category = (typeof CATEGORIES)[number];

/** `proposed`: a department's proposal reported (报送) in a campaign round, awaiting the legal office's review. */
export const DISPOSITION_STATUSES = ['draft', 'proposed', 'submitted', 'returned', 'approved'] as const;
export type DispositionStatus = (typeof DISPOSITION_STATUSES)[number];

export const ROUND_MODES = ['office', 'campaign'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

/** Which documents a round covers; pages that are not 公文 (news, guides, Q&A, bulletins) only with `allKinds`. */
export type RoundScope = { issuer?: string; level?: string; docType?: string; yearFrom?: number; yearTo?: number; allKinds?: boolean };

/** A piece of legal basis: a document of the inventory, or a citation written out. */
export type LegalBasis = { documentId: number } | { text: string };

/** A suggestion's reason that the user accepted, kept with the disposition as evidence. */
export type AcceptedReason = { code: string; message: string; relatedIds: number[] };

/** 清理批次: one clean-up exercise over a scope of the inventory. */
export const reviewRoundsTable = sqliteTable('review_rounds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  scope: text('scope', { mode: 'json' }).$type<RoundScope>().notNull().default(sql`'{}'`),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
  /** When its result was published (公布清理结果, src/checklist/publication.*): its decisions are final from then on. */
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  createdById: integer('created_by_id').references(() => usersTable.id, { onDelete: 'set null' }),
  /** `office`: the legal office decides alone; `campaign`: 谁制定、谁清理, each unit proposes for its own documents (campaign.usecases.ts). */
  mode: text('mode', { enum: ROUND_MODES }).notNull().default('office'),
  /** A campaign's 报送 deadline. */
  submitBy: text('submit_by'),
});

/**
 * The official vocabulary of grounds (清理依据): each belongs to a category and names the action written in
 * the checklist (继续有效, 修改, 废止, 宣布失效, 新建). Seeded by drizzle/0007_review_seed.sql; an office adds its own.
 */
export const reviewGroundsTable = sqliteTable('review_grounds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  category: text('category', { enum: CATEGORIES }).notNull(),
  action: text('action').notNull(),
  label: text('label').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

/**
 * What a round decides about one document, or, for `create`, about a rule still to be written (no
 * document). A null category is a document not yet decided.
 */
export const dispositionsTable = sqliteTable('dispositions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => reviewRoundsTable.id),
  documentId: integer('document_id').references(() => documentsTable.id),
  category: text('category', { enum: CATEGORIES }),
  groundId: integer('ground_id').references(() => reviewGroundsTable.id),
  reason: text('reason').notNull().default(''),
  legalBasis: text('legal_basis', { mode: 'json' }).$type<LegalBasis[]>().notNull().default(sql`'[]'`),
  /** The unit's name as shown; `responsibleUnitId` is the unit itself, chosen from the managed list. */
  responsibleUnit: text('responsible_unit'),
  responsibleUnitId: integer('responsible_unit_id').references(() => unitsTable.id),
  deadline: text('deadline'),
  /** For `create`: the rule proposed, what it covers and the gap it fills. */
  proposedTitle: text('proposed_title'),
  proposedScope: text('proposed_scope'),
  gap: text('gap'),
  /** For `create`: the draft, once uploaded. */
  draftDocumentId: integer('draft_document_id').references(() => documentsTable.id, { onDelete: 'set null' }),
  acceptedReasons: text('accepted_reasons', { mode: 'json' }).$type<AcceptedReason[]>().notNull().default(sql`'[]'`),
  status: text('status', { enum: DISPOSITION_STATUSES }).notNull().default('draft'),
  /** In a campaign round, the unit that proposes this disposition (null: the legal office itself). */
  ownerUnitId: integer('owner_unit_id').references(() => unitsTable.id),
  /** The owning unit's proposal as reported (报送), kept beside what the legal office makes of it. */
  unitCategory: text('unit_category', { enum: CATEGORIES }),
  unitGroundId: integer('unit_ground_id').references(() => reviewGroundsTable.id),
  unitReason: text('unit_reason'),
  /** The legal office's reason when it amends the unit's proposal. */
  officeNote: text('office_note'),
  /** The leader's last comment when returning or reopening. */
  comment: text('comment'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
}, (table) => [
  uniqueIndex('dispositions_round_document_idx').on(table.roundId, table.documentId),
  index('dispositions_document_idx').on(table.documentId),
  index('dispositions_round_status_idx').on(table.roundId, table.status),
  index('dispositions_round_owner_idx').on(table.roundId, table.ownerUnitId),
]);

/** The tracked institutions and mechanisms a disposition serves. */
export const dispositionItemsTable = sqliteTable('disposition_items', {
  dispositionId: integer('disposition_id').notNull().references(() => dispositionsTable.id, { onDelete: 'cascade' }),
  itemId: integer('item_id').notNull().references(() => trackingItemsTable.id, { onDelete: 'cascade' }),
}, (table) => [primaryKey({ columns: [table.dispositionId, table.itemId] }), index('disposition_items_item_idx').on(table.itemId)]);

/**
 * Every change to a disposition: who, when, what it was and what it became. Append-only: triggers in
 * drizzle/0007_review_seed.sql refuse updates and deletes, and no route writes anything but inserts.
 * No foreign keys, so the record outlives what it describes.
 */
export const dispositionHistoryTable = sqliteTable('disposition_history', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  dispositionId: integer('disposition_id').notNull(),
  roundId: integer('round_id').notNull(),
  documentId: integer('document_id'),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  actorId: integer('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  /** Field by field, `[from, to]`. */
  changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>().notNull(),
  comment: text('comment'),
}, (table) => [
  index('disposition_history_disposition_idx').on(table.dispositionId),
  index('disposition_history_round_idx').on(table.roundId),
  index('disposition_history_document_idx').on(table.documentId),
]);

export type ReviewRoundRow = typeof reviewRoundsTable.$inferSelect;
export type ReviewGroundRow = typeof reviewGroundsTable.$inferSelect;
export type DispositionRow = typeof dispositionsTable.$inferSelect;
export type DispositionHistoryRow = typeof dispositionHistoryTable.$inferSelect;

/**
 * A document's MinHash signature for near-duplicate detection (null when the text is too short), written
 * with the document on import and re-parse.
 */
export const documentFingerprintsTable = sqliteTable('document_fingerprints', {
  documentId: integer('document_id').primaryKey().references(() => documentsTable.id, { onDelete: 'cascade' }),
  signature: blob('signature', { mode: 'buffer' }),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Each document's title as versions share it (`titleKey`), so that the documents whose newer version was
 * just imported, changed or deleted are found by an index, and their 已被修订 status written at once.
 * Kept by the review's document hooks; filled for older databases when the app starts.
 */
export const documentVersionKeysTable = sqliteTable('document_version_keys', {
  documentId: integer('document_id').primaryKey().references(() => documentsTable.id, { onDelete: 'cascade' }),
  titleKey: text('title_key').notNull(),
}, (table) => [index('document_version_keys_title_key_idx').on(table.titleKey)]);
