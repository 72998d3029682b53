import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { CLEANUP_STATUSES, DOCUMENT_KINDS, type CleanupDetail, type DocumentEvidence, type DocumentMetadata, type DocumentStructure } from './documents.types.js';

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

    /**
     * Scans only (null otherwise): pending → running → done | failed; a failed one goes back to pending
     * when staff retry it. Pending and running ones are picked up again when the server starts.
     */
    ocrState: text('ocr_state', { enum: ['pending', 'running', 'done', 'failed'] }),
    ocrPages: integer('ocr_pages'),
    ocrPagesDone: integer('ocr_pages_done'),
    /** The engine's mean confidence over the recognised characters, 0–1. */
    ocrConfidence: real('ocr_confidence'),
    ocrError: text('ocr_error'),
    /** When staff last corrected the recognised text by hand. */
    textCorrectedAt: integer('text_corrected_at', { mode: 'timestamp_ms' }),

    /**
     * The clean-up's outcome, written by the review in the transaction that decides it (never by the
     * documents themselves), so lists and search filter and show it from this row; null: none yet.
     */
    cleanupStatus: text('cleanup_status', { enum: CLEANUP_STATUSES }),
    cleanupDetail: text('cleanup_detail', { mode: 'json' }).$type<CleanupDetail>(),
    /** The document that revised this one, as staff linked it (a newer version found by title needs no link). */
    revisedById: integer('revised_by_id').references((): AnySQLiteColumn => documentsTable.id, { onDelete: 'set null' }),

    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Keyset pagination sorts on coalesce(column, '') with the id as tiebreaker; those expression indexes
  // are written by hand in drizzle/0001_sort_indexes.sql, since drizzle-kit cannot generate them.
  (table) => [
    index('documents_expires_on_idx').on(table.expiresOn),
    // Lets the title index catch up with whatever changed since it was saved.
    index('documents_updated_at_idx').on(table.updatedAt),
    // The OCR queue looks for the scans still to read.
    index('documents_ocr_state_idx').on(table.ocrState),
    // The status filter of the list and search.
    index('documents_cleanup_status_idx').on(table.cleanupStatus),
    index('documents_revised_by_idx').on(table.revisedById),
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

/** A scanned page: the image shown beside the recognised text, and what OCR read from it. */
export const documentPagesTable = sqliteTable('document_pages', {
  documentId: integer('document_id').notNull().references(() => documentsTable.id, { onDelete: 'cascade' }),
  pageNumber: integer('page_number').notNull(),
  /** A JPEG of the page, scaled for reading on screen. */
  image: blob('image', { mode: 'buffer' }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  text: text('text').notNull(),
  confidence: real('confidence'),
}, (table) => [primaryKey({ columns: [table.documentId, table.pageNumber] })]);

export type DocumentRow = typeof documentsTable.$inferSelect;
export type NewDocumentRow = typeof documentsTable.$inferInsert;
export type DocumentContentRow = typeof documentContentsTable.$inferSelect;
export type DocumentPageRow = typeof documentPagesTable.$inferSelect;
