import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import { documentsTable, type DocumentRow } from '../documents/documents.table.js';

export type ChunkHit = { documentId: number; kind: 'title' | 'body'; label: string | null; lineStart: number; lineEnd: number; rank: number };

/** Chunks matching one FTS5 expression, best first (bm25: lower is better). */
export function createSearchRepository({ db }: { db: AppDatabase }) {
  const matchChunks = db.$client.prepare(`
    select c.document_id as documentId, c.kind, c.label, c.line_start as lineStart, c.line_end as lineEnd, bm25(search_index) as rank
    from search_index join search_chunks c on c.id = search_index.rowid
    where search_index match ? order by rank limit ?`);
  const matchDocumentIds = db.$client.prepare(`
    select distinct c.document_id as documentId from search_index join search_chunks c on c.id = search_index.rowid where search_index match ?`);

  return {
    matchChunks(expression: string, limit: number): ChunkHit[] {
      return matchChunks.all(expression, limit) as ChunkHit[];
    },

    matchDocumentIds(expression: string): Set<number> {
      return new Set((matchDocumentIds.all(expression) as { documentId: number }[]).map((row) => row.documentId));
    },

    /** The documents among `ids` that pass the list filters (the same conditions as the document list). */
    documentsAmong(ids: number[], where: ReturnType<typeof sql> | undefined): DocumentRow[] {
      if (ids.length === 0) return [];
      const rows: DocumentRow[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        rows.push(...db.select().from(documentsTable)
          .where(sql`${documentsTable.id} in (${sql.join(batch.map((id) => sql`${id}`), sql`, `)})${where ? sql` and ${where}` : sql``}`).all());
      }
      return rows;
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
