import { and, asc, count, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import type { DocumentMetadata } from '../ingest/metadata/metadata.types.js';
import type { DocumentStructure } from '../ingest/metadata/structure.js';
import { createDocumentInReviewError, createDocumentNotFoundError, createInvalidCursorError } from './documents.errors.js';
import type { ValidityStatus } from './documents.models.js';
import { signatureToBytes } from '../review/suggestions/fingerprint.js';
import { dispositionItemsTable, dispositionsTable, documentFingerprintsTable, type Category } from '../review/review.table.js';
import { bodyIndexText, createSearchIndexWriter, titleIndexText } from '../search/search.index.js';
import { trackingDocumentLinksTable } from '../tracking/tracking.table.js';
import { documentContentsTable, documentFilesTable, documentsTable, type DocumentRow, type NewDocumentRow } from './documents.table.js';

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

export type DocumentFilters = {
  docType?: string;
  issuer?: string;
  level?: string;
  yearFrom?: number;
  yearTo?: number;
  status?: ValidityStatus;
  /** Part of the title or 文号. */
  text?: string;
  /** The category of the document's most recent disposition (its latest review round). */
  category?: Exclude<Category, 'create'>;
  /** A tracked institution or mechanism the document covers, or that a disposition of it serves. */
  itemId?: number;
};

export type ListQuery = DocumentFilters & { sort: SortKey; order: 'asc' | 'desc'; limit: number; cursor?: string; today: string };

export type StoredDocument = {
  row: NewDocumentRow;
  content: { text: string; searchText: string; html: string | null; structure: DocumentStructure };
  /** The body's tokens for the full-text index, made where the document was read (a worker thread). */
  searchBody: string;
  /** The near-duplicate signature, made there too; null for a text too short to compare. */
  fingerprint: Uint32Array | null;
  bytes: Buffer;
};

export function createDocumentsRepository({ db }: { db: AppDatabase }) {
  // The full-text index is written in the same transactions as the documents, so the two always agree.
  const searchIndex = createSearchIndexWriter({ db });

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

    /** What a search needs to say where in a document it matched. */
    getTextsAndStructure(id: number) {
      const content = db.select({ text: documentContentsTable.text, searchText: documentContentsTable.searchText, structure: documentContentsTable.structure })
        .from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get();
      if (!content) throw createDocumentNotFoundError();
      return content;
    },

    getOriginal(id: number): Buffer {
      const file = db.select().from(documentFilesTable).where(eq(documentFilesTable.documentId, id)).get();
      if (!file) throw createDocumentNotFoundError();
      return file.bytes;
    },

    /** Stores a document, its content and its original bytes in one transaction: all of it or none. */
    insert({ row, content, searchBody, fingerprint, bytes }: StoredDocument): DocumentRow {
      return db.transaction((tx) => {
        const inserted = tx.insert(documentsTable).values(row).returning().get();
        tx.insert(documentContentsTable).values({ documentId: inserted.id, ...content }).run();
        tx.insert(documentFilesTable).values({ documentId: inserted.id, bytes }).run();
        tx.insert(documentFingerprintsTable).values({ documentId: inserted.id, signature: fingerprint && signatureToBytes(fingerprint), computedAt: row.updatedAt }).run();
        searchIndex.put(inserted.id, titleIndexText(inserted), searchBody);
        return inserted;
      });
    },

    /** New metadata, and with a re-parse new content and body chunks too; the index follows in the same transaction. */
    updateMetadata(id: number, values: {
      extracted?: DocumentMetadata; overrides: Partial<DocumentMetadata>; effective: DocumentMetadata; updatedAt: Date;
      reading?: Pick<DocumentRow, 'kind' | 'evidence'>;
    },
      reparsed?: Pick<StoredDocument, 'content' | 'searchBody' | 'fingerprint'>): DocumentRow {
      return db.transaction((tx) => {
        const updated = tx.update(documentsTable)
          .set({ ...values.effective, ...(values.extracted && { extracted: values.extracted }), ...values.reading, overrides: values.overrides, updatedAt: values.updatedAt })
          .where(eq(documentsTable.id, id)).returning().get();
        if (!updated) throw createDocumentNotFoundError();
        if (reparsed) {
          tx.update(documentContentsTable).set(reparsed.content).where(eq(documentContentsTable.documentId, id)).run();
          const fingerprint = { signature: reparsed.fingerprint && signatureToBytes(reparsed.fingerprint), computedAt: values.updatedAt };
          tx.insert(documentFingerprintsTable).values({ documentId: id, ...fingerprint })
            .onConflictDoUpdate({ target: documentFingerprintsTable.documentId, set: fingerprint }).run();
        }
        const body = reparsed?.searchBody ?? bodyIndexText(tx.select({ searchText: documentContentsTable.searchText }).from(documentContentsTable)
          .where(eq(documentContentsTable.documentId, id)).get()!.searchText);
        searchIndex.put(id, titleIndexText(updated), body);
        return updated;
      });
    },

    /**
     * Deletes a document unless a review has decided something about it: its undecided places in review
     * rounds go with it, a disposition with a category keeps it (the foreign key refuses).
     */
    delete(id: number) {
      try {
        db.transaction((tx) => {
          searchIndex.remove(id);
          tx.delete(dispositionsTable).where(and(eq(dispositionsTable.documentId, id), isNull(dispositionsTable.category), eq(dispositionsTable.status, 'draft'))).run();
          const result = tx.delete(documentsTable).where(eq(documentsTable.id, id)).run();
          if (result.changes === 0) throw createDocumentNotFoundError();
        });
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw createDocumentInReviewError();
        throw error;
      }
    },

    /** One page of the list, by keyset: the cursor is the sort value and id of the last row shown. */
    list(query: ListQuery) {
      const where = filterConditions(query);
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

    count(filters: DocumentFilters & { today: string }): number {
      return db.select({ value: count() }).from(documentsTable).where(filterConditions(filters)).get()?.value ?? 0;
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

export function filterConditions(filters: DocumentFilters & { today: string }): SQL | undefined {
  const t = documentsTable;
  const conditions: (SQL | undefined)[] = [
    filters.docType ? eq(t.docType, filters.docType) : undefined,
    filters.issuer ? eq(t.issuer, filters.issuer) : undefined,
    filters.level ? eq(t.level, filters.level) : undefined,
    filters.yearFrom ? gte(t.issuedOn, `${filters.yearFrom}-01-01`) : undefined,
    filters.yearTo ? lte(t.issuedOn, `${filters.yearTo}-12-31`) : undefined,
    filters.text ? or(sql`instr(${t.title}, ${filters.text}) > 0`, sql`instr(${t.docNumber}, ${filters.text}) > 0`) : undefined,
  ];
  if (filters.category) {
    conditions.push(sql`exists (select 1 from ${dispositionsTable} d where d.document_id = ${t.id} and d.category = ${filters.category}
      and d.round_id = (select max(latest.round_id) from ${dispositionsTable} latest where latest.document_id = ${t.id}))`);
  }
  if (filters.itemId) {
    conditions.push(sql`(exists (select 1 from ${dispositionItemsTable} di join ${dispositionsTable} d on d.id = di.disposition_id
      where d.document_id = ${t.id} and di.item_id = ${filters.itemId})
      or exists (select 1 from ${trackingDocumentLinksTable} l where l.document_id = ${t.id} and l.item_id = ${filters.itemId} and l.accepted = 1))`);
  }
  if (filters.status === 'expired') conditions.push(sql`${t.expiresOn} < ${filters.today}`);
  if (filters.status === 'pending') conditions.push(sql`${t.effectiveOn} > ${filters.today} and (${t.expiresOn} is null or ${t.expiresOn} >= ${filters.today})`);
  if (filters.status === 'in_force') {
    conditions.push(sql`(${t.expiresOn} is null or ${t.expiresOn} >= ${filters.today}) and (${t.effectiveOn} is null or ${t.effectiveOn} <= ${filters.today})`);
  }
  return and(...conditions);
}

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
