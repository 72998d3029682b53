import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase, DatabaseOrTransaction as Database } from '../db/database.js';
import { documentUnitsTable, unitsTable } from '../units/units.table.js';
import { campaignEventsTable, type CampaignEventKind } from './campaign.table.js';
import { dispositionsTable, reviewRoundsTable, type DispositionRow } from './review.table.js';

export function createCampaignRepository({ db }: { db: AppDatabase }) {
  return {
    setMode(tx: Database, roundId: number, values: { mode: 'campaign'; submitBy: string | null }) {
      return tx.update(reviewRoundsTable).set(values).where(eq(reviewRoundsTable.id, roundId)).returning().get()!;
    },

    /** The round's undecided-by-anyone drafts of documents, with each document's lead unit (if any). */
    draftsWithLeadUnit(tx: Database, roundId: number) {
      return tx.select({ disposition: dispositionsTable, unitId: sql<number | null>`(select du.unit_id from ${documentUnitsTable} du
          where du.document_id = "dispositions"."document_id" and du.role = 'lead' order by du.position limit 1)` })
        .from(dispositionsTable)
        .where(and(eq(dispositionsTable.roundId, roundId), eq(dispositionsTable.status, 'draft'), sql`${dispositionsTable.documentId} is not null`, sql`${dispositionsTable.ownerUnitId} is null`))
        .all();
    },

    ofUnit(tx: Database, roundId: number, unitId: number, statuses?: DispositionRow['status'][]): DispositionRow[] {
      return tx.select().from(dispositionsTable)
        .where(and(eq(dispositionsTable.roundId, roundId), eq(dispositionsTable.ownerUnitId, unitId), statuses ? inArray(dispositionsTable.status, statuses) : undefined))
        .orderBy(asc(dispositionsTable.id)).all();
    },

    /** The campaign rounds in which the unit still has items to propose or to correct, with how many and by when. */
    openForUnit(unitId: number) {
      const d = dispositionsTable;
      return db.select({
        roundId: reviewRoundsTable.id, roundName: reviewRoundsTable.name, submitBy: reviewRoundsTable.submitBy,
        outstanding: count(), returned: sql<number>`sum(${d.status} = 'returned')`,
      }).from(d).innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, d.roundId))
        .where(and(eq(d.ownerUnitId, unitId), eq(reviewRoundsTable.mode, 'campaign'), inArray(d.status, ['draft', 'returned'])))
        .groupBy(reviewRoundsTable.id).orderBy(desc(reviewRoundsTable.id)).all();
    },

    addEvent(tx: Database, values: { roundId: number; unitId: number; kind: CampaignEventKind; text: string; itemCount?: number; at: Date; actorId: number | null; actorName: string | null }) {
      return tx.insert(campaignEventsTable).values(values).returning().get();
    },

    /** The round's unit events, newest first (one unit's with `unitId`). */
    events(roundId: number, unitId?: number) {
      return db.select().from(campaignEventsTable)
        .where(and(eq(campaignEventsTable.roundId, roundId), unitId !== undefined ? eq(campaignEventsTable.unitId, unitId) : undefined))
        .orderBy(desc(campaignEventsTable.id)).all();
    },

    /** Per owner unit (null: the legal office), status and whether a category is set: the dashboard's figures. */
    countsByOwner(roundId: number, unitId?: number) {
      const d = dispositionsTable;
      return db.select({ unitId: d.ownerUnitId, status: d.status, decided: sql<number>`${d.category} is not null`, n: count() }).from(d)
        .where(and(eq(d.roundId, roundId), unitId !== undefined ? eq(d.ownerUnitId, unitId) : undefined))
        .groupBy(d.ownerUnitId, d.status, sql`${d.category} is not null`).all();
    },

    unitNames(ids: number[]): Map<number, string> {
      if (ids.length === 0) return new Map();
      return new Map(db.select({ id: unitsTable.id, name: unitsTable.name }).from(unitsTable).where(inArray(unitsTable.id, ids)).all().map((u) => [u.id, u.name]));
    },

    activeUnit(id: number) {
      return db.select().from(unitsTable).where(and(eq(unitsTable.id, id), eq(unitsTable.active, true))).get();
    },

    activeUnits() {
      return db.select({ id: unitsTable.id, name: unitsTable.name }).from(unitsTable).where(eq(unitsTable.active, true)).orderBy(asc(unitsTable.sortOrder), asc(unitsTable.name)).all();
    },
  };
}

export type CampaignRepository = ReturnType<typeof createCampaignRepository>;
