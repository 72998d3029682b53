import type { AppDatabase } from '../db/database.js';
import { toLines } from '../ingest/metadata/clean-text.js';
import type { DocumentStructure } from '../ingest/metadata/structure.js';
import { buildBodyChunks, buildTitleChunk, type SearchChunk } from './search.chunks.js';

type ChunkKind = SearchChunk['kind'];

/**
 * Writes chunks into the full-text index. The documents repository calls it inside the transactions that
 * write documents, so the index and the database always agree. Plain prepared statements: a document has
 * hundreds of chunks, and this is the hot path of an import.
 */
export function createSearchIndexWriter({ db }: { db: AppDatabase }) {
  const insertChunk = db.$client.prepare('insert into search_chunks (document_id, kind, label, line_start, line_end) values (?, ?, ?, ?, ?)');
  const insertIndexRow = db.$client.prepare('insert into search_index (rowid, body) values (?, ?)');
  const deleteIndexRows = db.$client.prepare('delete from search_index where rowid in (select id from search_chunks where document_id = ? and kind in (?, ?))');
  const deleteChunks = db.$client.prepare('delete from search_chunks where document_id = ? and kind in (?, ?)');

  return {
    index(documentId: number, chunks: SearchChunk[]) {
      for (const chunk of chunks) {
        const { lastInsertRowid } = insertChunk.run(documentId, chunk.kind, chunk.label, chunk.lineStart, chunk.lineEnd);
        insertIndexRow.run(lastInsertRowid, chunk.indexText);
      }
    },
    unindex(documentId: number, kinds: [ChunkKind, ChunkKind?]) {
      const [first, second = first] = kinds;
      deleteIndexRows.run(documentId, first, second);
      deleteChunks.run(documentId, first, second);
    },
  };
}

/** Whether every document has its title in the index and every index row its chunk: false after a restore of an older backup, say. */
export function searchIndexAgrees(db: AppDatabase): boolean {
  const one = (query: string) => (db.$client.prepare(query).get() as { c: number }).c;
  return one('select count(*) as c from documents') === one("select count(*) as c from search_chunks where kind = 'title'")
    && one('select count(*) as c from search_chunks') === one('select count(*) as c from search_index');
}

/** Builds the whole index again from the stored documents, one transaction per document, telling progress. */
export function rebuildSearchIndex({ db, onProgress }: { db: AppDatabase; onProgress?: (done: number, total: number) => void }) {
  const writer = createSearchIndexWriter({ db });
  db.$client.exec("delete from search_index; delete from search_chunks;");
  const documents = db.$client.prepare(`select d.id, d.title, d.wrapper_title as wrapperTitle, d.doc_number as docNumber, d.issuer, c.text, c.structure
    from documents d join document_contents c on c.document_id = d.id`).all() as
    { id: number; title: string; wrapperTitle: string | null; docNumber: string | null; issuer: string | null; text: string; structure: string }[];
  documents.forEach((document, i) => {
    const structure = JSON.parse(document.structure) as DocumentStructure;
    db.$client.transaction(() => writer.index(document.id, [buildTitleChunk(document), ...buildBodyChunks(toLines(document.text), structure)]))();
    onProgress?.(i + 1, documents.length);
  });
  db.$client.exec("insert into search_index (search_index) values ('optimize')");
}
