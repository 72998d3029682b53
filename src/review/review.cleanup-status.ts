import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { AppDatabase, DatabaseOrTransaction } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import { documentsTable } from '../documents/documents.table.js';
import type { CleanupDetail, CleanupStatus } from '../documents/documents.types.js';
import { dispositionsTable, documentVersionKeysTable, reviewRoundsTable, type Category } from './review.table.js';
import { buildRelations, titleKey } from './suggestions/relations.js';

/** The approved decision about a document that counts: the one of its latest round. */
export type ApprovedDecision = { dispositionId: number; roundId: number; roundName: string; category: Category; approvedAt: Date };

/**
 * What the clean-up made of a document. An approved 废止 is final (已废止). A newer version makes it 已被修订:
 * one staff linked, or one of the same title in the inventory, unless the leaders approved keeping this one
 * (they judged it is not replaced). An approved 完善 with no revision yet is 待修订. Otherwise there is no
 * outcome, and the document's own dates tell its status.
 */
export function cleanupOutcome({ decision, linkedRevisionId, newerVersionId }: {
  decision: ApprovedDecision | null; linkedRevisionId: number | null; newerVersionId: number | null;
}): { status: CleanupStatus; detail: CleanupDetail } | null {
  const decided: CleanupDetail = decision
    ? { roundId: decision.roundId, roundName: decision.roundName, decidedOn: todayIso(decision.approvedAt), dispositionId: decision.dispositionId }
    : {};
  if (decision?.category === 'abolish') return { status: 'abolished', detail: decided };
  if (linkedRevisionId !== null) return { status: 'revised', detail: { ...decided, revisedById: linkedRevisionId, revisedHow: 'linked' } };
  if (newerVersionId !== null && decision?.category !== 'keep') {
    return { status: 'revised', detail: { ...decided, revisedById: newerVersionId, revisedHow: 'newer_version' } };
  }
  if (decision?.category === 'improve') return { status: 'to_revise', detail: decided };
  return null;
}

const CHUNK = 500;

/**
 * Writes the clean-up status of these documents into their rows, from the approved decisions, the linked
 * revisions and the versions in the inventory. Called inside the transaction that changed any of those
 * (an approval, a reopening, a link, an import), so lists and search always read it from the row.
 * `deletedId`: a document being deleted in this transaction, no longer anyone's newer version.
 */
export function refreshCleanupStatus(tx: DatabaseOrTransaction, documentIds: Iterable<number>, { deletedId }: { deletedId?: number } = {}) {
  const ids = [...new Set(documentIds)].filter((id) => id !== deletedId);
  for (let i = 0; i < ids.length; i += CHUNK) refreshChunk(tx, ids.slice(i, i + CHUNK), deletedId);
}

function refreshChunk(tx: DatabaseOrTransaction, ids: number[], deletedId: number | undefined) {
  const d = documentsTable;
  const rows = tx.select({ id: d.id, revisedById: d.revisedById, cleanupStatus: d.cleanupStatus, cleanupDetail: d.cleanupDetail })
    .from(d).where(inArray(d.id, ids)).all();
  const keys = tx.selectDistinct({ titleKey: documentVersionKeysTable.titleKey }).from(documentVersionKeysTable)
    .where(inArray(documentVersionKeysTable.documentId, ids)).all().map((row) => row.titleKey);
  const versions = keys.length === 0 ? [] : tx.select({
    id: d.id, title: d.title, docNumber: d.docNumber, issuer: d.issuer, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, titleKey: documentVersionKeysTable.titleKey,
  })
    .from(documentVersionKeysTable).innerJoin(d, eq(d.id, documentVersionKeysTable.documentId))
    .where(and(inArray(documentVersionKeysTable.titleKey, keys), deletedId === undefined ? undefined : ne(d.id, deletedId))).all();
  const relations = buildRelations(versions.map((v) => ({ ...v, expiresOn: null, provisional: null, citations: [], repeals: [] })),
    new Map(versions.map((v) => [v.title, v.titleKey])));

  const decisions = new Map<number, ApprovedDecision>();
  const approved = tx.select({
    dispositionId: dispositionsTable.id, documentId: dispositionsTable.documentId, roundId: dispositionsTable.roundId, roundName: reviewRoundsTable.name,
    category: dispositionsTable.category, approvedAt: dispositionsTable.updatedAt,
  }).from(dispositionsTable).innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, dispositionsTable.roundId))
    .where(and(inArray(dispositionsTable.documentId, ids), eq(dispositionsTable.status, 'approved'), isNotNull(dispositionsTable.category)))
    .orderBy(desc(dispositionsTable.roundId), desc(dispositionsTable.id)).all();
  for (const row of approved) {
    if (row.documentId !== null && row.category !== null && !decisions.has(row.documentId)) decisions.set(row.documentId, { ...row, category: row.category });
  }

  for (const row of rows) {
    const outcome = cleanupOutcome({
      decision: decisions.get(row.id) ?? null,
      linkedRevisionId: row.revisedById !== null && row.revisedById !== deletedId ? row.revisedById : null,
      newerVersionId: relations.newerVersionOf(row.id)?.id ?? null,
    });
    const status = outcome?.status ?? null;
    const detail = outcome?.detail ?? null;
    if (status === row.cleanupStatus && JSON.stringify(detail) === JSON.stringify(row.cleanupDetail)) continue;
    tx.update(d).set({ cleanupStatus: status, cleanupDetail: detail }).where(eq(d.id, row.id)).run();
  }
}

/**
 * Records a document's title key and writes the status of every version of its old and new title (a new or
 * re-dated version changes which one is newest).
 */
export function recordVersion(tx: DatabaseOrTransaction, document: { id: number; title: string }) {
  const key = titleKey(document.title);
  const previous = tx.select({ titleKey: documentVersionKeysTable.titleKey }).from(documentVersionKeysTable)
    .where(eq(documentVersionKeysTable.documentId, document.id)).get()?.titleKey;
  if (previous !== key) {
    tx.insert(documentVersionKeysTable).values({ documentId: document.id, titleKey: key })
      .onConflictDoUpdate({ target: documentVersionKeysTable.documentId, set: { titleKey: key } }).run();
  }
  refreshCleanupStatus(tx, [document.id, ...versionsOfKeys(tx, previous === undefined || previous === key ? [key] : [key, previous])]);
}

/** The documents sharing one of these title keys. */
function versionsOfKeys(tx: DatabaseOrTransaction, keys: string[]): number[] {
  return tx.select({ id: documentVersionKeysTable.documentId }).from(documentVersionKeysTable)
    .where(inArray(documentVersionKeysTable.titleKey, keys)).all().map((row) => row.id);
}

/** Before a document is deleted: its other versions, and the documents it revised, have their status written again. */
export function forgetVersion(tx: DatabaseOrTransaction, documentId: number) {
  const key = tx.select({ titleKey: documentVersionKeysTable.titleKey }).from(documentVersionKeysTable)
    .where(eq(documentVersionKeysTable.documentId, documentId)).get()?.titleKey;
  const revised = tx.select({ id: documentsTable.id }).from(documentsTable)
    .where(sql`${documentsTable.revisedById} = ${documentId} or ${documentsTable.cleanupStatus} = 'revised' and json_extract(${documentsTable.cleanupDetail}, '$.revisedById') = ${documentId}`)
    .all().map((row) => row.id);
  refreshCleanupStatus(tx, [...(key === undefined ? [] : versionsOfKeys(tx, [key])), ...revised], { deletedId: documentId });
}

/**
 * A database from before clean-up statuses (or documents written without the review's hooks): records the
 * missing title keys and writes every document's status, in one transaction. Cheap when nothing is missing.
 */
export function backfillCleanupStatus(db: AppDatabase): number {
  const missing = (tx: DatabaseOrTransaction) => tx.select({ id: documentsTable.id, title: documentsTable.title }).from(documentsTable)
    .where(sql`not exists (select 1 from ${documentVersionKeysTable} k where k.document_id = ${documentsTable.id})`);
  if (missing(db).limit(1).get() === undefined) return 0;
  return db.transaction((tx) => {
    const rows = missing(tx).all();
    for (const row of rows) tx.insert(documentVersionKeysTable).values({ documentId: row.id, titleKey: titleKey(row.title) }).run();
    const all = tx.select({ id: documentsTable.id }).from(documentsTable).all().map((row) => row.id);
    refreshCleanupStatus(tx, all);
    return rows.length;
  });
}
