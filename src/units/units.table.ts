import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { documentsTable } from '../documents/documents.table.js';

/** 党委 (and its offices), 人大, 政府, 政府工作部门, 其他 (courts, mass organisations, enterprises …). */
export const UNIT_KINDS = ['party', 'congress', 'government', 'department', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The city's units (单位), maintained by an administrator: accounts, dispositions, tracked items and
 * documents name a unit by id, so "平凉市财政局" and "市财政局" are one unit and never two strings.
 * A unit is never deleted (rows name it); an inactive one is no longer offered.
 */
export const unitsTable = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The full name, as the unit signs: 平凉市财政局. */
  name: text('name').notNull().unique(),
  /** The name people use: 市财政局. */
  shortName: text('short_name'),
  /** Other names that mean this unit (former names, 简称 such as 市人社局). */
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  /** 机关代字 of its 文号: 平财 (平财发〔2019〕3号), 平政办 (平政办发). */
  codes: text('codes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  kind: text('kind', { enum: UNIT_KINDS }).notNull().default('department'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const DOCUMENT_UNIT_ROLES = ['lead', 'joint'] as const;
export type DocumentUnitRole = (typeof DOCUMENT_UNIT_ROLES)[number];
/** How a document's unit was found: from its 文号's 机关代字, its issuer, or set by the legal office. */
export const DOCUMENT_UNIT_SOURCES = ['doc_number', 'issuer', 'manual'] as const;
export type DocumentUnitSource = (typeof DOCUMENT_UNIT_SOURCES)[number];

/**
 * The units responsible for a document (谁制定、谁清理): one lead (the drafting or leading department) and,
 * for a joint document (联合发文), the others. Proposed on import; once the legal office sets them
 * (`source` manual) a recomputation leaves them alone.
 */
export const documentUnitsTable = sqliteTable('document_units', {
  documentId: integer('document_id').notNull().references(() => documentsTable.id, { onDelete: 'cascade' }),
  unitId: integer('unit_id').notNull().references(() => unitsTable.id),
  role: text('role', { enum: DOCUMENT_UNIT_ROLES }).notNull(),
  source: text('source', { enum: DOCUMENT_UNIT_SOURCES }).notNull(),
  position: integer('position').notNull().default(0),
}, (table) => [
  primaryKey({ columns: [table.documentId, table.unitId] }),
  index('document_units_unit_idx').on(table.unitId, table.role),
]);

export type UnitRow = typeof unitsTable.$inferSelect;
export type DocumentUnitRow = typeof documentUnitsTable.$inferSelect;
