import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase, DatabaseOrTransaction, Transaction } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import { createAttachmentNotFoundError, createBriefingNotFoundError, createItemNotFoundError } from './tracking.errors.js';
import {
  briefingsTable, officeSettingsTable, trackingAttachmentsTable, trackingDocumentLinksTable, trackingItemsTable, trackingReportsTable,
  type BriefingRow, type OfficeSettingsRow, type TrackingItemRow,
} from './tracking.table.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { resolveUnit } from '../units/units.usecases.js';


export function createTrackingRepository({ db }: { db: AppDatabase }) {
  return {
    transaction: <T>(work: (tx: Transaction) => T): T => db.transaction(work),

    items(): TrackingItemRow[] {
      return db.select().from(trackingItemsTable).orderBy(asc(trackingItemsTable.sortOrder), asc(trackingItemsTable.id)).all();
    },

    getItem(id: number, tx: DatabaseOrTransaction = db): TrackingItemRow {
      const item = tx.select().from(trackingItemsTable).where(eq(trackingItemsTable.id, id)).get();
      if (!item) throw createItemNotFoundError();
      return item;
    },

    insertItem(values: Omit<typeof trackingItemsTable.$inferInsert, 'id'>): TrackingItemRow {
      return db.insert(trackingItemsTable).values(values).returning().get();
    },

    /** The unit an item names, from the managed list (an unknown or inactive one is refused). */
    resolveUnit: (ref: { unitId?: number | null; unit?: string | null }, current: number | null) => resolveUnit(ref, createUnitsRepository({ db }), current),

    updateItem(id: number, values: Partial<typeof trackingItemsTable.$inferInsert>, tx: DatabaseOrTransaction = db): TrackingItemRow {
      const item = tx.update(trackingItemsTable).set(values).where(eq(trackingItemsTable.id, id)).returning().get();
      if (!item) throw createItemNotFoundError();
      return item;
    },

    deleteItem(id: number) {
      db.delete(trackingItemsTable).where(eq(trackingItemsTable.id, id)).run();
    },

    reportCount(itemId: number): number {
      return db.select({ n: sql<number>`count(*)` }).from(trackingReportsTable).where(eq(trackingReportsTable.itemId, itemId)).get()!.n;
    },

    insertReport(tx: Transaction, values: Omit<typeof trackingReportsTable.$inferInsert, 'id'>, files: { fileName: string; bytes: Buffer }[]) {
      const report = tx.insert(trackingReportsTable).values(values).returning().get();
      for (const file of files) tx.insert(trackingAttachmentsTable).values({ reportId: report.id, fileName: file.fileName, sizeBytes: file.bytes.length, bytes: file.bytes }).run();
      return report;
    },

    /** An item's reports, newest first, each with its attachments (without their bytes). */
    reports(itemId: number) {
      const reports = db.select().from(trackingReportsTable).where(eq(trackingReportsTable.itemId, itemId)).orderBy(desc(trackingReportsTable.id)).all();
      const attachments = reports.length === 0 ? [] : db.select({
        id: trackingAttachmentsTable.id, reportId: trackingAttachmentsTable.reportId, fileName: trackingAttachmentsTable.fileName, sizeBytes: trackingAttachmentsTable.sizeBytes,
      }).from(trackingAttachmentsTable).where(inArray(trackingAttachmentsTable.reportId, reports.map((r) => r.id))).all();
      return reports.map((report) => ({ ...report, attachments: attachments.filter((a) => a.reportId === report.id) }));
    },

    /** The latest reports of every item, at most `limitPerItem` each, newest first. */
    latestReports(limitPerItem: number) {
      const taken = new Map<number, number>();
      return db.select().from(trackingReportsTable).orderBy(desc(trackingReportsTable.id)).all().filter((report) => {
        const count = taken.get(report.itemId) ?? 0;
        taken.set(report.itemId, count + 1);
        return count < limitPerItem;
      });
    },

    getAttachment(id: number) {
      const attachment = db.select().from(trackingAttachmentsTable).where(eq(trackingAttachmentsTable.id, id)).get();
      if (!attachment) throw createAttachmentNotFoundError();
      return attachment;
    },

    setLink(values: typeof trackingDocumentLinksTable.$inferInsert) {
      db.insert(trackingDocumentLinksTable).values(values)
        .onConflictDoUpdate({ target: [trackingDocumentLinksTable.itemId, trackingDocumentLinksTable.documentId], set: { accepted: values.accepted, decidedAt: values.decidedAt, decidedByName: values.decidedByName } }).run();
    },

    /** Documents decided for an item, accepted or rejected. */
    decidedDocumentIds(itemId: number): Set<number> {
      return new Set(db.select({ id: trackingDocumentLinksTable.documentId }).from(trackingDocumentLinksTable)
        .where(eq(trackingDocumentLinksTable.itemId, itemId)).all().map((row) => row.id));
    },

    /** The documents accepted as covering an item. */
    acceptedLinks(): { itemId: number; documentId: number }[] {
      return db.select({ itemId: trackingDocumentLinksTable.itemId, documentId: trackingDocumentLinksTable.documentId }).from(trackingDocumentLinksTable)
        .where(eq(trackingDocumentLinksTable.accepted, true)).all();
    },

    /** Briefs of documents, for the pages. */
    documentBriefs(ids: number[]) {
      if (ids.length === 0) return [];
      return db.select({ id: documentsTable.id, title: documentsTable.title, docNumber: documentsTable.docNumber, issuedOn: documentsTable.issuedOn })
        .from(documentsTable).where(inArray(documentsTable.id, ids)).all();
    },

    /** The office's settings for what it issues, or undefined until someone sets them. */
    officeSettings(): OfficeSettingsRow | undefined {
      return db.select().from(officeSettingsTable).where(eq(officeSettingsTable.id, 1)).get();
    },

    saveOfficeSettings(values: Omit<OfficeSettingsRow, 'id'>): OfficeSettingsRow {
      return db.insert(officeSettingsTable).values({ id: 1, ...values })
        .onConflictDoUpdate({ target: officeSettingsTable.id, set: values }).returning().get();
    },

    /** Issued briefings, newest first, without their files. */
    briefings() {
      const b = briefingsTable;
      return db.select({ id: b.id, number: b.number, issuedOn: b.issuedOn, issuedAt: b.issuedAt, issuedByName: b.issuedByName, office: b.office, fileName: b.fileName, contentHash: b.contentHash })
        .from(b).orderBy(desc(b.number)).all();
    },

    latestBriefing(tx: AppDatabase | Transaction = db): BriefingRow | undefined {
      return tx.select().from(briefingsTable).orderBy(desc(briefingsTable.number)).limit(1).get();
    },

    getBriefing(id: number): BriefingRow {
      const briefing = db.select().from(briefingsTable).where(eq(briefingsTable.id, id)).get();
      if (!briefing) throw createBriefingNotFoundError();
      return briefing;
    },

    insertBriefing(tx: Transaction, values: Omit<typeof briefingsTable.$inferInsert, 'id'>): BriefingRow {
      return tx.insert(briefingsTable).values(values).returning().get();
    },

    /** Reports made after a moment (the last briefing), oldest first. */
    reportsSince(at: Date | null) {
      const query = db.select().from(trackingReportsTable);
      return (at ? query.where(sql`${trackingReportsTable.at} > ${at.getTime()}`) : query).orderBy(asc(trackingReportsTable.id)).all();
    },

    /** The items a document is linked to (accepted), for its page. */
    itemsOfDocument(documentId: number) {
      return db.select({ id: trackingItemsTable.id, name: trackingItemsTable.name }).from(trackingDocumentLinksTable)
        .innerJoin(trackingItemsTable, eq(trackingItemsTable.id, trackingDocumentLinksTable.itemId))
        .where(and(eq(trackingDocumentLinksTable.documentId, documentId), eq(trackingDocumentLinksTable.accepted, true))).orderBy(asc(trackingItemsTable.sortOrder)).all();
    },
  };
}

export type TrackingRepository = ReturnType<typeof createTrackingRepository>;
