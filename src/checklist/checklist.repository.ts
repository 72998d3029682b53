import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import { dispositionItemsTable, dispositionsTable, reviewGroundsTable } from '../review/review.table.js';
import { trackingItemsTable } from '../tracking/tracking.table.js';
import { createVersionNotFoundError } from './checklist.errors.js';
import { checklistVersionsTable, type ChecklistVersionRow } from './checklist.table.js';

export function createChecklistRepository({ db }: { db: AppDatabase }) {
  return {
    /** The round's decided dispositions with what the checklist prints of their documents and grounds. */
    decidedDispositions(roundId: number) {
      const d = dispositionsTable;
      return db.select({
        disposition: d,
        document: { title: documentsTable.title, docNumber: documentsTable.docNumber, issuer: documentsTable.issuer, issuedOn: documentsTable.issuedOn },
        ground: { action: reviewGroundsTable.action, label: reviewGroundsTable.label },
      }).from(d)
        .leftJoin(documentsTable, eq(documentsTable.id, d.documentId))
        .leftJoin(reviewGroundsTable, eq(reviewGroundsTable.id, d.groundId))
        .where(and(eq(d.roundId, roundId), isNotNull(d.category)))
        .orderBy(sql`coalesce(${documentsTable.issuedOn}, '')`, asc(d.id)).all();
    },

    undecidedCount(roundId: number): number {
      return db.select({ n: sql<number>`count(*)` }).from(dispositionsTable)
        .where(and(eq(dispositionsTable.roundId, roundId), sql`${dispositionsTable.category} is null`)).get()!.n;
    },

    itemNamesByDisposition(dispositionIds: number[]): Map<number, string[]> {
      const names = new Map<number, string[]>();
      if (dispositionIds.length === 0) return names;
      const rows = db.select({ dispositionId: dispositionItemsTable.dispositionId, name: trackingItemsTable.name }).from(dispositionItemsTable)
        .innerJoin(trackingItemsTable, eq(trackingItemsTable.id, dispositionItemsTable.itemId))
        .where(inArray(dispositionItemsTable.dispositionId, dispositionIds)).orderBy(asc(trackingItemsTable.sortOrder)).all();
      for (const row of rows) names.set(row.dispositionId, [...(names.get(row.dispositionId) ?? []), row.name]);
      return names;
    },

    /** Titles and 文号 of documents cited as legal basis. */
    titlesOf(documentIds: number[]): Map<number, { title: string; docNumber: string | null }> {
      if (documentIds.length === 0) return new Map();
      return new Map(db.select({ id: documentsTable.id, title: documentsTable.title, docNumber: documentsTable.docNumber }).from(documentsTable)
        .where(inArray(documentsTable.id, [...new Set(documentIds)])).all().map((row) => [row.id, row]));
    },

    latestVersion(roundId: number, includeUnapproved: boolean): ChecklistVersionRow | undefined {
      return db.select().from(checklistVersionsTable)
        .where(and(eq(checklistVersionsTable.roundId, roundId), sql`json_extract(${checklistVersionsTable.options}, '$.includeUnapproved') = ${includeUnapproved ? 1 : 0}`))
        .orderBy(desc(checklistVersionsTable.id)).limit(1).get();
    },

    insertVersion(values: Omit<typeof checklistVersionsTable.$inferInsert, 'id'>): ChecklistVersionRow {
      return db.insert(checklistVersionsTable).values(values).returning().get();
    },

    /** The round's versions, newest first, without their rows. */
    versions(roundId: number) {
      const v = checklistVersionsTable;
      return db.select({
        id: v.id, createdAt: v.createdAt, createdByName: v.createdByName, options: v.options, contentHash: v.contentHash,
        rowCount: sql<number>`json_array_length(${v.rows})`,
      }).from(v).where(eq(v.roundId, roundId)).orderBy(desc(v.id)).all();
    },

    getVersion(id: number): ChecklistVersionRow {
      const row = db.select().from(checklistVersionsTable).where(eq(checklistVersionsTable.id, id)).get();
      if (!row) throw createVersionNotFoundError();
      return row;
    },
  };
}

export type ChecklistRepository = ReturnType<typeof createChecklistRepository>;
