import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { documentsTable } from '../documents/documents.table.js';

/**
 * The pieces of a document the full-text index holds: its title block and each article (or block of
 * paragraphs), so a hit can say where in the document it matched. The tokens themselves live in the
 * FTS5 table `search_index` (drizzle/0003_search_index.sql), whose rowid is the chunk id.
 */
export const searchChunksTable = sqliteTable('search_chunks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  documentId: integer('document_id').notNull().references(() => documentsTable.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['title', 'body'] }).notNull(),
  /** "第十二条" for an article. */
  label: text('label'),
  /** Lines (in `toLines` order) the chunk covers, end exclusive. */
  lineStart: integer('line_start').notNull(),
  lineEnd: integer('line_end').notNull(),
}, (table) => [index('search_chunks_document_id_idx').on(table.documentId)]);

export type SearchChunkRow = typeof searchChunksTable.$inferSelect;
