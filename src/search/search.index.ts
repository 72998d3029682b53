import type { AppDatabase } from '../db/database.js';
import type { DocumentHooks } from '../documents/documents.repository.js';
import type { DocumentMetadata } from '../documents/documents.types.js';
import { bodyIndexText, normaliseForSearch, toIndexText } from '../text/search-tokenizer.js';

export type TitleFields = Pick<DocumentMetadata, 'title' | 'wrapperTitle' | 'docNumber' | 'issuer'>;

/** The title block of a document in the index: title, notice title, 文号 and issuer, as last corrected. */
export function titleIndexText(metadata: TitleFields): string {
  return toIndexText(normaliseForSearch([metadata.title, metadata.wrapperTitle, metadata.docNumber, metadata.issuer].filter(Boolean).join('\n')));
}

/** Writes documents into the full-text index. */
function createSearchIndexWriter({ db }: { db: AppDatabase }) {
  const remove = db.$client.prepare('delete from search_index where rowid = ?');
  const insert = db.$client.prepare('insert into search_index (rowid, title, body) values (?, ?, ?)');
  return {
    put(documentId: number, title: string, body: string) {
      remove.run(documentId);
      insert.run(documentId, title, body);
    },
    remove(documentId: number) {
      remove.run(documentId);
    },
  };
}

/**
 * Keeps the index with the documents: written in the same transactions, so the two always agree, with the
 * body tokens the worker made when it read the document (or made here after a metadata change).
 */
export function createSearchIndexHooks({ db }: { db: AppDatabase }): DocumentHooks {
  const writer = createSearchIndexWriter({ db });
  return {
    written(_tx, { document, searchText, derived }) {
      writer.put(document.id, titleIndexText(document), derived?.searchBody ?? bodyIndexText(searchText));
    },
    deleting(_tx, documentId) {
      writer.remove(documentId);
    },
  };
}

/** Whether every document is in the index and nothing else is: false after a restore of an older backup, say. */
export function searchIndexAgrees(db: AppDatabase): boolean {
  const one = (query: string) => (db.$client.prepare(query).get() as { c: number }).c;
  return one('select count(*) as c from documents') === one('select count(*) as c from search_index')
    && one('select count(*) as c from search_index where rowid not in (select id from documents)') === 0;
}

/** Builds the whole index again from the stored documents, a page at a time, telling progress. */
export function rebuildSearchIndex({ db, onProgress }: { db: AppDatabase; onProgress?: (done: number, total: number) => void }) {
  const writer = createSearchIndexWriter({ db });
  const total = (db.$client.prepare('select count(*) as c from documents').get() as { c: number }).c;
  // Pages by id keep memory flat however large the corpus (the texts are read 200 documents at a time).
  const page = db.$client.prepare(`select d.id, d.title, d.wrapper_title as wrapperTitle, d.doc_number as docNumber, d.issuer, c.search_text as searchText
    from documents d join document_contents c on c.document_id = d.id where d.id > ? order by d.id limit 200`);
  db.$client.exec("insert into search_index (search_index) values ('delete-all')");
  let done = 0;
  for (let lastId = 0; ;) {
    const documents = page.all(lastId) as (TitleFields & { id: number; searchText: string })[];
    if (documents.length === 0) break;
    db.$client.transaction(() => {
      for (const document of documents) writer.put(document.id, titleIndexText(document), bodyIndexText(document.searchText));
    })();
    lastId = documents.at(-1)!.id;
    done += documents.length;
    onProgress?.(done, total);
  }
  db.$client.exec("insert into search_index (search_index) values ('optimize')");
}
