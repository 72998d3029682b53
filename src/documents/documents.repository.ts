import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AppDatabase, Transaction } from '../db/database.js';
import { createDocumentNotFoundError, createInvalidCursorError } from './documents.errors.js';
import { documentFilterConditions, type DocumentFilters } from './documents.filters.js';
import { INDEXED_TEXT_CHARS, TEXT_PAGE_CHARS } from './documents.models.js';
import { documentContentsTable, documentFilesTable, documentsTable, type DocumentRow, type NewDocumentRow } from './documents.table.js';
import type { DocumentMetadata, DocumentStructure } from './documents.types.js';

/** A page's last line may run past the page's characters by this much before it is cut. */
const PAGE_LINE_SLACK = 20_000;

export const SORT_KEYS = ['issuedOn', 'title', 'docNumber', 'issuer', 'importedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort expressions; each matches an index in drizzle/0001_sort_indexes.sql exactly, or the planner ignores it. */
const SORT_EXPRESSIONS: Record<SortKey, SQL> = {
  issuedOn: sql`coalesce(${documentsTable.issuedOn}, '')`,
  title: sql`${documentsTable.title}`,
  docNumber: sql`coalesce(${documentsTable.docNumber}, '')`,
  issuer: sql`coalesce(${documentsTable.issuer}, '')`,
  importedAt: sql`${documentsTable.id}`,
};

export type ListQuery = DocumentFilters & { sort: SortKey; order: 'asc' | 'desc'; limit: number; cursor?: string };

/** What was derived from a document's text where it was read (a worker thread), for other features to store. */
export type DerivedText = {
  /** The body's tokens for the full-text index. */
  searchBody: string;
  /** The near-duplicate signature; null for a text too short to compare. */
  fingerprint: Uint32Array | null;
};

export type StoredDocument = {
  row: NewDocumentRow;
  content: { text: string; searchText: string; html: string | null; structure: DocumentStructure };
  derived: DerivedText;
  bytes: Buffer;
};

/**
 * What another feature does when a document is stored, changed or deleted. The hooks run inside the
 * document's own transaction, so what they write (the search index, fingerprints) always agrees with it,
 * and a hook that throws undoes the whole change. The documents know nothing of who listens.
 */
export type DocumentHooks = {
  /** A document was stored, or its metadata or content changed; `derived` only when its content was (re)read. */
  written?(tx: Transaction, change: { document: DocumentRow; searchText: string; derived: DerivedText | null }): void;
  /** A document is about to be deleted. */
  deleting?(tx: Transaction, documentId: number): void;
};

export function createDocumentsRepository({ db, hooks }: { db: AppDatabase; hooks: readonly DocumentHooks[] }) {
  const written = (tx: Transaction, change: Parameters<NonNullable<DocumentHooks['written']>>[1]) => {
    for (const hook of hooks) hook.written?.(tx, change);
  };

  const reread = (tx: Transaction, id: number) => tx.select().from(documentsTable).where(eq(documentsTable.id, id)).get()!;

  return {
    /**
     * The issuers that documents already in the inventory print beside 文号 starting with `prefix` (the
     * 机关代字, "平政发"), most frequent first; issuers that were themselves inferred do not count, nor
     * the document `exceptId` (a document being read again must not vouch for itself).
     */
    issuersOfDocNumberPrefix(prefix: string, exceptId?: number): { issuer: string; documents: number }[] {
      return db.select({ issuer: sql<string>`${documentsTable.issuer}`, documents: count() }).from(documentsTable)
        .where(and(sql`${documentsTable.docNumber} LIKE ${`${prefix}〔%`}`, sql`${documentsTable.issuer} IS NOT NULL`,
          sql`coalesce(json_extract(${documentsTable.evidence}, '$.issuer.source'), '') <> 'inferred'`,
          exceptId === undefined ? undefined : sql`${documentsTable.id} <> ${exceptId}`))
        .groupBy(documentsTable.issuer).orderBy(desc(count())).all();
    },

    findBySha256(sha256: string) {
      return db.select().from(documentsTable).where(eq(documentsTable.sha256, sha256)).get();
    },

    findById(id: number): DocumentRow | undefined {
      return db.select().from(documentsTable).where(eq(documentsTable.id, id)).get();
    },

    getById(id: number): DocumentRow {
      const row = db.select().from(documentsTable).where(eq(documentsTable.id, id)).get();
      if (!row) throw createDocumentNotFoundError();
      return row;
    },

    getContent(id: number) {
      const content = db.select().from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get();
      if (!content) throw createDocumentNotFoundError();
      return content;
    },

    /** What a search needs to say where in a document it matched: the indexed beginning of its texts only. */
    getTextsAndStructure(id: number) {
      const content = db.select({
        text: sql<string>`substr(${documentContentsTable.text}, 1, ${INDEXED_TEXT_CHARS})`,
        searchText: sql<string>`substr(${documentContentsTable.searchText}, 1, ${INDEXED_TEXT_CHARS})`,
        structure: documentContentsTable.structure,
      }).from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get();
      if (!content) throw createDocumentNotFoundError();
      return content;
    },

    /** What a comparison reads: the indexed beginning of the text (where the structure was found), its whole length and the structure. */
    getComparable(id: number) {
      const content = db.select({
        text: sql<string>`substr(${documentContentsTable.text}, 1, ${INDEXED_TEXT_CHARS + 1})`,
        length: sql<number>`length(${documentContentsTable.text})`,
        structure: documentContentsTable.structure,
      }).from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get();
      if (!content) throw createDocumentNotFoundError();
      return content;
    },

    /**
     * One page of a document's text for its page (SQLite cuts the window, so a long text is never read
     * whole): the lines starting within the page's characters, where they start in the text, the indexed
     * beginning (to place headings and hits on their pages), the whole length and the structure.
     */
    getContentPage(id: number, page: number) {
      const from = (page - 1) * TEXT_PAGE_CHARS;
      const windowStart = Math.max(0, from - 1);
      const row = db.$client.prepare<[number, number, number, number], { window: string; prefix: string; length: number; html: string | null; structure: string; searchStart: string }>(`
        select substr(text, ? + 1, ?) as window, substr(text, 1, ?) as prefix, length(text) as length, html, structure,
               substr(search_text, 1, 8000) as searchStart
        from document_contents where document_id = ?`).get(windowStart, TEXT_PAGE_CHARS + 1 + PAGE_LINE_SLACK, INDEXED_TEXT_CHARS, id);
      if (!row) throw createDocumentNotFoundError();
      const { window } = row;
      // The page starts at the first line beginning at or after `from`, and ends where the next page starts.
      const firstBreak = from === 0 ? -1 : window.indexOf('\n');
      const start = from === 0 ? 0 : firstBreak === -1 ? 1 : firstBreak + 1;
      const nextBreak = window.indexOf('\n', from - windowStart + TEXT_PAGE_CHARS - 1);
      const end = nextBreak === -1 ? window.length : nextBreak + 1;
      return {
        page, pageCount: Math.max(1, Math.ceil(row.length / TEXT_PAGE_CHARS)), length: row.length,
        text: window.slice(start, end), startOffset: windowStart + start, indexedPrefix: row.prefix,
        html: row.html, structure: JSON.parse(row.structure) as DocumentStructure, searchStart: row.searchStart,
      };
    },

    getOriginal(id: number): Buffer {
      const file = db.select().from(documentFilesTable).where(eq(documentFilesTable.documentId, id)).get();
      if (!file) throw createDocumentNotFoundError();
      return file.bytes;
    },

    /** Stores a document, its content and its original bytes in one transaction: all of it or none. */
    insert({ row, content, derived, bytes }: StoredDocument): DocumentRow {
      return db.transaction((tx) => {
        const inserted = tx.insert(documentsTable).values(row).returning().get();
        tx.insert(documentContentsTable).values({ documentId: inserted.id, ...content }).run();
        tx.insert(documentFilesTable).values({ documentId: inserted.id, bytes }).run();
        written(tx, { document: inserted, searchText: content.searchText, derived });
        return reread(tx, inserted.id); // as the hooks left it (the review may have written its status)
      });
    },

    /** New metadata, and with a re-parse new content too (and what was read about the file: its kind, the evidence); the hooks follow in the same transaction. */
    updateMetadata(id: number, values: {
      extracted?: DocumentMetadata; overrides: Partial<DocumentMetadata>; effective: DocumentMetadata; updatedAt: Date;
      reading?: Pick<DocumentRow, 'kind' | 'evidence'>;
    },
      reparsed?: Pick<StoredDocument, 'content' | 'derived'>): DocumentRow {
      return db.transaction((tx) => {
        const updated = tx.update(documentsTable)
          .set({ ...values.effective, ...(values.extracted && { extracted: values.extracted }), ...values.reading, overrides: values.overrides, updatedAt: values.updatedAt })
          .where(eq(documentsTable.id, id)).returning().get();
        if (!updated) throw createDocumentNotFoundError();
        if (reparsed) tx.update(documentContentsTable).set(reparsed.content).where(eq(documentContentsTable.documentId, id)).run();
        const searchText = reparsed?.content.searchText ?? tx.select({ searchText: documentContentsTable.searchText }).from(documentContentsTable)
          .where(eq(documentContentsTable.documentId, id)).get()!.searchText;
        written(tx, { document: updated, searchText, derived: reparsed?.derived ?? null });
        return reread(tx, id);
      });
    },

    /** Links the document that revised this one (null: unlinks); the hooks follow, so the review can update its status. */
    setRevisedBy(id: number, revisedById: number | null): DocumentRow {
      return db.transaction((tx) => {
        const updated = tx.update(documentsTable).set({ revisedById }).where(eq(documentsTable.id, id)).returning().get();
        if (!updated) throw createDocumentNotFoundError();
        const { searchText } = tx.select({ searchText: documentContentsTable.searchText }).from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get()!;
        written(tx, { document: updated, searchText, derived: null });
        return reread(tx, id);
      });
    },

    /** Deletes a document, its content and original; a hook may refuse (a review that decided about it). */
    delete(id: number) {
      db.transaction((tx) => {
        if (!tx.select({ id: documentsTable.id }).from(documentsTable).where(eq(documentsTable.id, id)).get()) throw createDocumentNotFoundError();
        for (const hook of hooks) hook.deleting?.(tx, id);
        // The documents it revised lose the link (the foreign key's ON DELETE SET NULL says the same).
        tx.update(documentsTable).set({ revisedById: null }).where(eq(documentsTable.revisedById, id)).run();
        tx.delete(documentsTable).where(eq(documentsTable.id, id)).run();
      });
    },

    /** One page of the list, by keyset: the cursor is the sort value and id of the last row shown. */
    list(query: ListQuery) {
      const where = documentFilterConditions(query);
      const sortExpression = SORT_EXPRESSIONS[query.sort];
      const after = query.cursor ? decodeCursor(query.cursor) : null;
      // Written as "<= value and (< value or id <)" rather than a row-value comparison: SQLite seeks an
      // expression index for the former and scans it for the latter.
      const keyset = after
        ? query.order === 'desc'
          ? sql`${sortExpression} <= ${after.value} and (${sortExpression} < ${after.value} or ${documentsTable.id} < ${after.id})`
          : sql`${sortExpression} >= ${after.value} and (${sortExpression} > ${after.value} or ${documentsTable.id} > ${after.id})`
        : undefined;
      const direction = query.order === 'desc' ? desc : asc;
      const rows = db.select().from(documentsTable)
        .where(and(where, keyset))
        .orderBy(direction(sortExpression), direction(documentsTable.id))
        .limit(query.limit + 1)
        .all();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeCursor(sortValue(last, query.sort), last.id) : null;
      return { rows: page, nextCursor };
    },

    count(filters: DocumentFilters): number {
      return db.select({ value: count() }).from(documentsTable).where(documentFilterConditions(filters)).get()?.value ?? 0;
    },

    /** The values the list can be filtered by, with how many documents have each. */
    facets() {
      const facet = (column: typeof documentsTable.docType | typeof documentsTable.issuer | typeof documentsTable.level) =>
        db.select({ value: column, count: count() }).from(documentsTable)
          .where(sql`${column} is not null`).groupBy(column).orderBy(desc(count())).limit(200).all() as { value: string; count: number }[];
      return { docTypes: facet(documentsTable.docType), issuers: facet(documentsTable.issuer), levels: facet(documentsTable.level) };
    },

    countAll(): number {
      return db.select({ value: count() }).from(documentsTable).get()?.value ?? 0;
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;

function sortValue(row: DocumentRow, sort: SortKey): string | number {
  if (sort === 'importedAt') return row.id;
  return row[sort] ?? '';
}

function encodeCursor(value: string | number, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string): { value: string | number; id: number } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && Number.isInteger(id)) return { value, id: id as number };
  } catch {
    // fall through to the error below
  }
  throw createInvalidCursorError();
}
