import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import { dispositionsTable, reviewGroundsTable, reviewRoundsTable } from '../review/review.table.js';
import { roundPublicationsTable, type RoundPublicationRow } from './publication.table.js';

export function createPublicationRepository({ db }: { db: AppDatabase }) {
  return {
    transaction: <T>(run: () => T): T => db.transaction(() => run()),

    get(roundId: number): RoundPublicationRow | undefined {
      return db.select().from(roundPublicationsTable).where(eq(roundPublicationsTable.roundId, roundId)).get();
    },

    save(values: typeof roundPublicationsTable.$inferInsert): RoundPublicationRow {
      const { roundId: _, ...changes } = values;
      return db.insert(roundPublicationsTable).values(values)
        .onConflictDoUpdate({ target: roundPublicationsTable.roundId, set: changes }).returning().get();
    },

    /** Closes the round: its decisions are final once published (the review refuses every change after). */
    markRoundPublished(roundId: number, at: Date) {
      db.update(reviewRoundsTable).set({ publishedAt: at }).where(eq(reviewRoundsTable.id, roundId)).run();
    },

    /** The round's approved decisions on documents, with what the lists print of them. */
    approvedDocumentDecisions(roundId: number) {
      const d = dispositionsTable;
      return db.select({
        category: d.category, reason: d.reason,
        title: documentsTable.title, docNumber: documentsTable.docNumber, issuer: documentsTable.issuer, issuedOn: documentsTable.issuedOn,
        groundAction: reviewGroundsTable.action, groundLabel: reviewGroundsTable.label,
      }).from(d)
        .innerJoin(documentsTable, eq(documentsTable.id, d.documentId))
        .leftJoin(reviewGroundsTable, eq(reviewGroundsTable.id, d.groundId))
        .where(and(eq(d.roundId, roundId), eq(d.status, 'approved'), isNotNull(d.category)))
        .orderBy(asc(d.id)).all();
    },

    /** How many of the round's dispositions are not yet approved (undecided ones included). */
    notApprovedCount(roundId: number): number {
      return db.select({ n: sql<number>`count(*)` }).from(dispositionsTable)
        .where(and(eq(dispositionsTable.roundId, roundId), sql`${dispositionsTable.status} <> 'approved'`)).get()!.n;
    },
  };
}

export type PublicationRepository = ReturnType<typeof createPublicationRepository>;
