import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import { indexedPart } from '../documents/documents.models.js';
import { documentsTable, type DocumentRow } from '../documents/documents.table.js';
import type { DocumentStructure } from '../documents/documents.types.js';
import { searchDictionaryOf } from './search.dictionary.js';
import type { TitleFields } from './search.index.js';
import { normaliseForSearch } from '../text/search-tokenizer.js';

/** Title hits weigh three times body hits: a query that names a document should find that document first. */
const TITLE_WEIGHT = 3;

export function createSearchRepository({ db }: { db: AppDatabase }) {
  const match = db.$client.prepare(`select rowid as documentId, bm25(search_index, ${TITLE_WEIGHT}, 1) as rank
    from search_index where search_index match ? order by rank limit ?`);
  const matchIds = db.$client.prepare('select rowid as documentId from search_index where search_index match ?');
  const matchIdList = db.$client.prepare('select rowid from search_index where search_index match ?').pluck();
  // In the index's order, so that reading stops at the limit: bm25 is computed only for the rows read.
  const matchScoredFirst = db.$client.prepare(`select rowid as documentId, bm25(search_index, ${TITLE_WEIGHT}, 1) as rank
    from search_index where search_index match ? limit ?`);
  // Read whole (substr in SQL costs more than the reading): only the indexed beginning is kept, below.
  // The text is read only when it differs from the search text (most documents are simplified already).
  const texts = db.$client.prepare(`select case when text = search_text then null else text end as text, search_text as searchText, structure
    from document_contents where document_id = ?`);
  const indexedTexts = db.$client.prepare(`select d.title, d.wrapper_title as wrapperTitle, d.doc_number as docNumber, d.issuer, c.search_text as searchText
    from documents d join document_contents c on c.document_id = d.id where d.id = ?`);
  const documentFrequency = db.$client.prepare('select doc as documents from search_vocabulary where term = ?');

  return {
    /** The vocabulary of the inventory's titles, current with the documents. */
    dictionary: () => searchDictionaryOf(db),

    /** A hit's texts and structure, to find where it matched (read directly: a page of hits reads ten long texts). */
    hitTexts(documentId: number): { text: string; searchText: string; structure: DocumentStructure } {
      const row = texts.get(documentId) as { text: string | null; searchText: string; structure: string } | undefined;
      if (!row) return { text: '', searchText: '', structure: { nodes: [] } as unknown as DocumentStructure };
      // Only the indexed beginning of a very long text is searched, so only that places a hit.
      const searchText = indexedPart(row.searchText);
      return { text: row.text === null ? searchText : indexedPart(row.text), searchText, structure: JSON.parse(row.structure) as DocumentStructure };
    },

    /** What the index holds of a document, normalised as it was indexed: its title block and its body. */
    indexedText(documentId: number): string {
      const row = indexedTexts.get(documentId) as (TitleFields & { searchText: string }) | undefined;
      return row ? `${normaliseForSearch([row.title, row.wrapperTitle, row.docNumber, row.issuer].filter(Boolean).join('\n'))}\n${indexedPart(row.searchText).toLowerCase()}` : '';
    },

    /** Documents matching one FTS5 expression, best first (bm25: lower is better). */
    matchDocuments(expression: string, limit: number): { documentId: number; rank: number }[] {
      return match.all(expression, limit) as { documentId: number; rank: number }[];
    },

    /**
     * Documents matching one FTS5 expression with their bm25 scores (lower is better), or, when more than
     * `limit` match, all of them unscored (`ranks` null): bm25 over thousands of hits costs more than the
     * rest of a search and orders only what no one reads that far.
     */
    matchScored(expression: string, limit: number): { ids: number[]; ranks: number[] | null } {
      const scored = matchScoredFirst.raw().all(expression, limit + 1) as [number, number][];
      if (scored.length <= limit) return { ids: scored.map((row) => row[0]), ranks: scored.map((row) => row[1]) };
      return { ids: matchIdList.all(expression) as number[], ranks: null };
    },

    matchDocumentIds(expression: string): Set<number> {
      return new Set((matchIds.all(expression) as { documentId: number }[]).map((row) => row.documentId));
    },

    /** How many documents hold each token. */
    documentFrequencies(tokens: string[]): Map<string, number> {
      return new Map(tokens.map((token) => [token, (documentFrequency.get(token) as { documents: number } | undefined)?.documents ?? 0]));
    },

    /** Those of `ids` that pass the list filters, without reading the rows when there is no filter. */
    idsPassing(ids: number[], where: ReturnType<typeof sql> | undefined): number[] {
      if (!where) return ids;
      const passing: number[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        passing.push(...db.select({ id: documentsTable.id }).from(documentsTable)
          .where(sql`${documentsTable.id} in (${sql.join(batch.map((id) => sql`${id}`), sql`, `)}) and ${where}`).all().map((row) => row.id));
      }
      return passing;
    },

    /** The documents among `ids` that pass the list filters (the same conditions as the document list). */
    documentsAmong(ids: number[], where: ReturnType<typeof sql> | undefined): DocumentRow[] {
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
