import type { Actor } from '../auth/auth.models.js';
import { and, asc, count, desc, eq, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { isConstraintViolation, type AppDatabase, type DatabaseOrTransaction as Database, type Transaction } from '../db/database.js';
import { documentFilterConditions } from '../documents/documents.filters.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { resolveUnit } from '../units/units.usecases.js';
import { documentUnitsTable } from '../units/units.table.js';
import { documentsTable } from '../documents/documents.table.js';
import { trackingItemsTable } from '../tracking/tracking.table.js';
import {
  dispositionHistoryTable, dispositionItemsTable, dispositionsTable, reviewGroundsTable, reviewRoundsTable,
  type DispositionRow, type ReviewRoundRow, type RoundScope,
} from './review.table.js';
import { reviewBulkRefusalsTable } from './bulk/bulk.table.js';
import { refreshCleanupStatus } from './review.cleanup-status.js';
import { createDispositionNotFoundError, createRoundNameTakenError, createRoundNotFoundError } from './review.errors.js';


export type HistoryEntry = {
  disposition: DispositionRow;
  at: Date;
  actor: Actor | null;
  action: string;
  changes: Record<string, [unknown, unknown]>;
  comment?: string | null;
};

/** `ownerUnitId`: only what one unit owns in a campaign round (what a department may see). */
type DispositionFilters = { status?: string; category?: string; unit?: string; q?: string; refused?: string; ownerUnitId?: number };
/** Who reads the list: `refused` is what this user's last bulk action refused, and those rows come last. */
export type ListReader = { userId: number | null };

/** The disposition is among those the user's last bulk action on its round refused. */
function refusedBy(userId: number): SQL {
  return sql`exists (select 1 from ${reviewBulkRefusalsTable} r where r.user_id = ${userId} and r.round_id = ${dispositionsTable.roundId} and r.disposition_id = ${dispositionsTable.id})`;
}

/** The round's dispositions that pass the list's filters (the query joins each to its document). */
function dispositionConditions(roundId: number, filters: DispositionFilters, reader: ListReader): SQL | undefined {
  const d = dispositionsTable;
  return and(
    eq(d.roundId, roundId),
    filters.status ? eq(d.status, filters.status as DispositionRow['status']) : undefined,
    filters.category === 'undecided' ? isNull(d.category) : filters.category ? eq(d.category, filters.category as NonNullable<DispositionRow['category']>) : undefined,
    filters.unit ? eq(d.responsibleUnit, filters.unit) : undefined,
    filters.ownerUnitId !== undefined ? eq(d.ownerUnitId, filters.ownerUnitId) : undefined,
    filters.q ? or(sql`instr(coalesce(${documentsTable.title}, ${d.proposedTitle}), ${filters.q}) > 0`, sql`instr(coalesce(${documentsTable.docNumber}, ''), ${filters.q}) > 0`) : undefined,
    filters.refused ? (reader.userId !== null ? refusedBy(reader.userId) : sql`0`) : undefined,
  );
}

/**
 * The list's order: proposals, then documents newest first. What the reader's last bulk action refused goes
 * last, so the next selection of a page is not the same refused rows again (the `refused` filter finds them).
 */
function listOrder(filters: DispositionFilters, reader: ListReader): SQL[] {
  const d = dispositionsTable;
  return [
    ...(reader.userId !== null && !filters.refused ? [refusedBy(reader.userId)] : []),
    sql`${d.documentId} is not null`, sql`coalesce(${documentsTable.issuedOn}, '') desc`, desc(d.id),
  ];
}

function scopeConditions(scope: RoundScope): SQL | undefined {
  return and(documentFilterConditions({ ...scope, today: '' }), scope.allKinds ? undefined : eq(documentsTable.kind, 'official'));
}

export function createReviewRepository({ db }: { db: AppDatabase }) {
  /** Adds a disposition, undecided, for every document in the round's scope that has none yet. */
  function addDocumentsInScope(tx: Database, round: ReviewRoundRow, now: Date): number {
    const result = tx.run(sql`
      insert into ${dispositionsTable} (round_id, document_id, status, created_at, updated_at, owner_unit_id)
      select ${round.id}, ${documentsTable.id}, 'draft', ${now.getTime()}, ${now.getTime()},
        ${round.mode === 'campaign' ? sql`(select du.unit_id from ${documentUnitsTable} du where du.document_id = ${documentsTable.id} and du.role = 'lead' order by du.position limit 1)` : sql`null`}
      from ${documentsTable}
      where ${scopeConditions(round.scope) ?? sql`1`}
        and not exists (select 1 from ${dispositionsTable} d where d.round_id = ${round.id} and d.document_id = ${documentsTable.id})`);
    return result.changes;
  }

  /** The documents whose dispositions changed status in the current `transaction`, if one is open. */
  let statusChanged: Set<number> | null = null;

  return {
    /**
     * A transaction for review changes. The documents whose dispositions changed status in it get their
     * clean-up status written once, at its end (a bulk approval of 1,000 items writes them in a few queries).
     */
    transaction<T>(run: (tx: Transaction) => T): T {
      return db.transaction((tx) => {
        const outer = statusChanged;
        statusChanged = new Set();
        try {
          const result = run(tx);
          refreshCleanupStatus(tx, statusChanged);
          return result;
        } finally {
          statusChanged = outer;
        }
      });
    },
    /** The unit a disposition names, from the managed list (an unknown or inactive one is refused). */
    resolveUnit: (ref: { unitId?: number | null; unit?: string | null }, current: number | null) => resolveUnit(ref, createUnitsRepository({ db }), current),

    listRounds() {
      return db.select().from(reviewRoundsTable).orderBy(desc(reviewRoundsTable.id)).all();
    },

    getRound(id: number): ReviewRoundRow {
      const round = db.select().from(reviewRoundsTable).where(eq(reviewRoundsTable.id, id)).get();
      if (!round) throw createRoundNotFoundError();
      return round;
    },

    /** Whether the round's result is published, read in the caller's transaction. */
    isRoundPublished(roundId: number, tx: Database = db): boolean {
      return tx.select({ publishedAt: reviewRoundsTable.publishedAt }).from(reviewRoundsTable).where(eq(reviewRoundsTable.id, roundId)).get()?.publishedAt != null;
    },

    findRoundByName(name: string): ReviewRoundRow | undefined {
      return db.select().from(reviewRoundsTable).where(eq(reviewRoundsTable.name, name)).get();
    },

    /** Creates the round and its undecided dispositions in one transaction. */
    createRound(values: Omit<typeof reviewRoundsTable.$inferInsert, 'id'>): { round: ReviewRoundRow; added: number } {
      try {
        return db.transaction((tx) => {
          const round = tx.insert(reviewRoundsTable).values(values).returning().get();
          return { round, added: addDocumentsInScope(tx, round, values.createdAt) };
        });
      } catch (error) {
        if (isConstraintViolation(error, 'UNIQUE')) throw createRoundNameTakenError();
        throw error;
      }
    },

    addDocumentsInScope(round: ReviewRoundRow, now: Date): number {
      return db.transaction((tx) => addDocumentsInScope(tx, round, now));
    },

    /** Documents in scope that the round does not hold yet: imported after it began. */
    countMissingInScope(round: ReviewRoundRow): number {
      return db.select({ n: count() }).from(documentsTable).where(and(
        scopeConditions(round.scope),
        sql`not exists (select 1 from ${dispositionsTable} d where d.round_id = ${round.id} and d.document_id = ${documentsTable.id})`,
      )).get()!.n;
    },

    getDisposition(id: number, tx: Database = db): DispositionRow {
      const row = tx.select().from(dispositionsTable).where(eq(dispositionsTable.id, id)).get();
      if (!row) throw createDispositionNotFoundError();
      return row;
    },

    getDispositions(ids: number[], tx: Database = db): DispositionRow[] {
      return tx.select().from(dispositionsTable).where(inArray(dispositionsTable.id, ids)).all();
    },

    insertDisposition(tx: Database, values: Omit<typeof dispositionsTable.$inferInsert, 'id'>): DispositionRow {
      return tx.insert(dispositionsTable).values(values).returning().get();
    },

    /** Changes a disposition; a change of status (approved, reopened) writes its document's clean-up status in the same transaction. */
    updateDisposition(tx: Database, id: number, values: Partial<typeof dispositionsTable.$inferInsert>): DispositionRow {
      const updated = tx.update(dispositionsTable).set(values).where(eq(dispositionsTable.id, id)).returning().get()!;
      if (values.status !== undefined && updated.documentId !== null) {
        if (statusChanged) statusChanged.add(updated.documentId);
        else refreshCleanupStatus(tx, [updated.documentId]);
      }
      return updated;
    },

    itemIdsOf(dispositionId: number, tx: Database = db): number[] {
      return tx.select({ itemId: dispositionItemsTable.itemId }).from(dispositionItemsTable)
        .where(eq(dispositionItemsTable.dispositionId, dispositionId)).orderBy(asc(dispositionItemsTable.itemId)).all().map((row) => row.itemId);
    },

    itemIdsByDisposition(dispositionIds: number[]): Map<number, number[]> {
      const map = new Map<number, number[]>();
      if (dispositionIds.length === 0) return map;
      const rows = db.select().from(dispositionItemsTable).where(inArray(dispositionItemsTable.dispositionId, dispositionIds)).all();
      for (const row of rows) map.set(row.dispositionId, [...(map.get(row.dispositionId) ?? []), row.itemId]);
      return map;
    },

    setItems(tx: Database, dispositionId: number, itemIds: number[]) {
      tx.delete(dispositionItemsTable).where(eq(dispositionItemsTable.dispositionId, dispositionId)).run();
      if (itemIds.length > 0) tx.insert(dispositionItemsTable).values(itemIds.map((itemId) => ({ dispositionId, itemId }))).run();
    },

    appendHistory(tx: Database, entry: HistoryEntry) {
      tx.insert(dispositionHistoryTable).values({
        dispositionId: entry.disposition.id, roundId: entry.disposition.roundId, documentId: entry.disposition.documentId,
        at: entry.at, actorId: entry.actor?.id ?? null, actorName: entry.actor?.username ?? null,
        action: entry.action, changes: entry.changes, comment: entry.comment ?? null,
      }).run();
    },

    historyOfDisposition(dispositionId: number) {
      return db.select().from(dispositionHistoryTable).where(eq(dispositionHistoryTable.dispositionId, dispositionId)).orderBy(desc(dispositionHistoryTable.id)).all();
    },

    historyOfRound(roundId: number, { limit, before, ownerUnitId }: { limit: number; before?: number; ownerUnitId?: number }) {
      return db.select({ history: dispositionHistoryTable, title: sql<string | null>`coalesce(${documentsTable.title}, ${dispositionsTable.proposedTitle})` })
        .from(dispositionHistoryTable)
        .leftJoin(dispositionsTable, eq(dispositionsTable.id, dispositionHistoryTable.dispositionId))
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionHistoryTable.documentId))
        .where(and(eq(dispositionHistoryTable.roundId, roundId), before ? sql`${dispositionHistoryTable.id} < ${before}` : undefined,
          ownerUnitId !== undefined ? eq(dispositionsTable.ownerUnitId, ownerUnitId) : undefined))
        .orderBy(desc(dispositionHistoryTable.id)).limit(limit).all();
    },

    historyOfDocument(documentId: number) {
      return db.select().from(dispositionHistoryTable).where(eq(dispositionHistoryTable.documentId, documentId)).orderBy(desc(dispositionHistoryTable.id)).all();
    },

    /** A document's dispositions in every round, newest round first. */
    dispositionsOfDocument(documentId: number) {
      return db.select({ disposition: dispositionsTable, round: reviewRoundsTable }).from(dispositionsTable)
        .innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, dispositionsTable.roundId))
        .where(eq(dispositionsTable.documentId, documentId)).orderBy(desc(reviewRoundsTable.id)).all();
    },

    /** A round's dispositions, filtered, in the order the list shows them (see `listOrder`). */
    listDispositions(roundId: number, filters: DispositionFilters, { page, reader = { userId: null } }: { page?: { offset: number; limit: number }; reader?: ListReader } = {}) {
      const query = db.select({ disposition: dispositionsTable }).from(dispositionsTable)
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(dispositionConditions(roundId, filters, reader))
        .orderBy(...listOrder(filters, reader));
      return (page ? query.limit(page.limit).offset(page.offset) : query).all().map((row) => row.disposition);
    },

    /**
     * The ids (and documents) of a round's dispositions that pass the filters, in the list's order; `include`
     * is kept whether it passes or not (the disposition a page shows, to find its neighbours).
     */
    listedIds(roundId: number, filters: DispositionFilters, reader: ListReader, include?: number): { id: number; documentId: number | null }[] {
      const conditions = dispositionConditions(roundId, filters, reader);
      return db.select({ id: dispositionsTable.id, documentId: dispositionsTable.documentId }).from(dispositionsTable)
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(include === undefined ? conditions : and(eq(dispositionsTable.roundId, roundId), or(conditions, eq(dispositionsTable.id, include))))
        .orderBy(...listOrder(filters, reader)).all();
    },

    countDispositions(roundId: number, filters: DispositionFilters, reader: ListReader = { userId: null }): number {
      return db.select({ n: count() }).from(dispositionsTable).leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(dispositionConditions(roundId, filters, reader)).get()!.n;
    },

    /** Counts for the round's dashboard. */
    roundCounts(roundId: number, ownerUnitId?: number) {
      const d = dispositionsTable;
      return db.select({ category: d.category, status: d.status, unit: d.responsibleUnit, n: count() }).from(d)
        .where(and(eq(d.roundId, roundId), ownerUnitId !== undefined ? eq(d.ownerUnitId, ownerUnitId) : undefined)).groupBy(d.category, d.status, d.responsibleUnit).all();
    },

    /** With `ownerUnitId`, a campaign round counts only that unit's dispositions (a department's view). */
    roundTotals(ownerUnitId?: number) {
      const d = dispositionsTable;
      return db.select({ roundId: d.roundId, status: d.status, decided: sql<number>`${d.category} is not null`, n: count() }).from(d)
        .where(ownerUnitId === undefined ? undefined
          : sql`(${d.ownerUnitId} = ${ownerUnitId} or (select r.mode from ${reviewRoundsTable} r where r.id = ${d.roundId}) = 'office')`)
        .groupBy(d.roundId, d.status, sql`${d.category} is not null`).all();
    },

    grounds({ includeInactive = false } = {}) {
      return db.select().from(reviewGroundsTable).where(includeInactive ? undefined : eq(reviewGroundsTable.active, true))
        .orderBy(asc(reviewGroundsTable.sortOrder), asc(reviewGroundsTable.id)).all();
    },

    getGround(id: number) {
      return db.select().from(reviewGroundsTable).where(eq(reviewGroundsTable.id, id)).get();
    },

    groundByCode(code: string) {
      return db.select().from(reviewGroundsTable).where(eq(reviewGroundsTable.code, code)).get();
    },

    insertGround(values: Omit<typeof reviewGroundsTable.$inferInsert, 'id'>) {
      return db.insert(reviewGroundsTable).values(values).returning().get();
    },

    updateGround(id: number, values: { label?: string; active?: boolean }) {
      return db.update(reviewGroundsTable).set(values).where(eq(reviewGroundsTable.id, id)).returning().get();
    },

    existingItemIds(ids: number[]): number[] {
      if (ids.length === 0) return [];
      return db.select({ id: trackingItemsTable.id }).from(trackingItemsTable).where(inArray(trackingItemsTable.id, ids)).all().map((row) => row.id);
    },

    existingDocumentIds(ids: number[]): number[] {
      if (ids.length === 0) return [];
      return db.select({ id: documentsTable.id }).from(documentsTable).where(inArray(documentsTable.id, ids)).all().map((row) => row.id);
    },

    /** The round's dispositions of documents that have no category yet and are not under review. */
    undecidedDocumentDispositionIds(roundId: number): number[] {
      return db.select({ id: dispositionsTable.id }).from(dispositionsTable)
        .where(and(eq(dispositionsTable.roundId, roundId), isNull(dispositionsTable.category), notInArray(dispositionsTable.status, ['approved', 'submitted']), sql`${dispositionsTable.documentId} is not null`))
        .all().map((row) => row.id);
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
