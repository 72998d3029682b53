import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KINDS, type DocumentEvidence, type DocumentMetadata, type DocumentStructure } from './documents.types.js';

/**
 * One imported file. The metadata columns hold the effective values (extracted, then overridden by
 * the user's corrections in `overrides`), so lists can filter and sort on indexed columns.
 */
export const documentsTable = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull().unique(),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    sizeBytes: integer('size_bytes').notNull(),

    title: text('title').notNull(),
    wrapperTitle: text('wrapper_title'),
    docNumber: text('doc_number'),
    issuer: text('issuer'),
    issuedOn: text('issued_on'),
    effectiveOn: text('effective_on'),
    expiresOn: text('expires_on'),
    docType: text('doc_type'),
    provisional: text('provisional', { enum: ['interim', 'trial'] }),
    level: text('level'),
    articleCount: integer('article_count').notNull().default(0),
    citations: text('citations', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    repeals: text('repeals', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),

    /** 公文, or a page only about documents (news, a guide, Q&A, a statistical bulletin) that a round may leave out. */
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull().default('official'),
    /** Where the parser found each field (meta tag, header line, signature, 版记, page box, inferred …). */
    evidence: text('evidence', { mode: 'json' }).$type<DocumentEvidence>().notNull().default(sql`'{}'`),

    /** What the parser found, before the user's corrections. */
    extracted: text('extracted', { mode: 'json' }).$type<DocumentMetadata>().notNull(),
    /** The user's corrections, field by field; they win over `extracted` and survive a re-parse. */
    overrides: text('overrides', { mode: 'json' }).$type<Partial<DocumentMetadata>>().notNull().default(sql`'{}'`),

    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Keyset pagination sorts on coalesce(column, '') with the id as tiebreaker; those expression indexes
  // are written by hand in drizzle/0001_sort_indexes.sql, since drizzle-kit cannot generate them.
  (table) => [
    index('documents_expires_on_idx').on(table.expiresOn),
    // Lets the title index catch up with whatever changed since it was saved.
    index('documents_updated_at_idx').on(table.updatedAt),
  ],
);

/** The readable content, kept apart so lists never load it. */
export const documentContentsTable = sqliteTable('document_contents', {
  documentId: integer('document_id').primaryKey().references(() => documentsTable.id, { onDelete: 'cascade' }),
  /** Text as extracted, one paragraph per line. */
  text: text('text').notNull(),
  /** Text folded for matching: half-width ASCII, pinyin annotations removed. */
  searchText: text('search_text').notNull(),
  /** Sanitised HTML rendering, where the format has one (docx, html, md). */
  html: text('html'),
  structure: text('structure', { mode: 'json' }).$type<DocumentStructure>().notNull(),
});

/** The original bytes, downloadable byte-identical. */
export const documentFilesTable = sqliteTable('document_files', {
  documentId: integer('document_id').primaryKey().references(() => documentsTable.id, { onDelete: 'cascade' }),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
});

export type DocumentRow = typeof documentsTable.$inferSelect;
export type NewDocumentRow = typeof documentsTable.$inferInsert;
export type DocumentContentRow = typeof documentContentsTable.$inferSelect;
