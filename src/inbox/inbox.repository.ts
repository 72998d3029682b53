import { and, count, desc, eq, gte, isNotNull, isNull, lte, max, sql, type SQL } from 'drizzle-orm';
import { auditEventsTable } from '../auth/audit.table.js';
import { usersTable } from '../auth/auth.table.js';
import type { AppDatabase } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import { dispositionsTable, reviewRoundsTable } from '../review/review.table.js';
import { trackingReportsTable } from '../tracking/tracking.table.js';

const d = dispositionsTable;
const titleOf = sql<string>`coalesce(${documentsTable.title}, ${d.proposedTitle}, '')`;

/** What the home pages count and list, read straight from the tables of the review, tracking and accounts. */
export function createInboxRepository({ db }: { db: AppDatabase }) {
  /** Per round, the dispositions that meet the condition: the same condition the round page's filter applies. */
  function countByRound(condition: SQL) {
    return db.select({ roundId: reviewRoundsTable.id, roundName: reviewRoundsTable.name, count: count() }).from(d)
      .innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, d.roundId))
      .where(condition).groupBy(reviewRoundsTable.id).orderBy(desc(reviewRoundsTable.id)).all();
  }

  return {
    undecidedByRound: () => countByRound(isNull(d.category)),
    statusByRound: (status: 'submitted' | 'returned') => countByRound(eq(d.status, status)),

    /** Dispositions returned by a leader, most recently returned first, with the leader's comment. */
    returned(limit: number) {
      return db.select({ id: d.id, roundId: d.roundId, roundName: reviewRoundsTable.name, title: titleOf, comment: d.comment, returnedAt: d.updatedAt }).from(d)
        .innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, d.roundId))
        .leftJoin(documentsTable, eq(documentsTable.id, d.documentId))
        .where(eq(d.status, 'returned')).orderBy(desc(d.updatedAt), desc(d.id)).limit(limit).all();
    },

    /** Dispositions whose completion deadline (完成时限) falls on or before `until`, from `from` if given, earliest first. */
    dispositionDeadlines({ from, until, limit }: { from?: string; until: string; limit: number }) {
      const where = and(isNotNull(d.deadline), from ? gte(d.deadline, from) : undefined, lte(d.deadline, until));
      const rows = db.select({
        id: d.id, roundId: d.roundId, roundName: reviewRoundsTable.name, title: titleOf, category: d.category, status: d.status,
        responsibleUnit: d.responsibleUnit, deadline: d.deadline,
      }).from(d).innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, d.roundId)).leftJoin(documentsTable, eq(documentsTable.id, d.documentId))
        .where(where).orderBy(d.deadline, d.id).limit(limit).all();
      return { rows, total: db.select({ n: count() }).from(d).where(where).get()!.n };
    },

    /** The date of each item's latest progress report. */
    lastReportDates(): Map<number, string> {
      const rows = db.select({ itemId: trackingReportsTable.itemId, last: max(trackingReportsTable.reportedOn) }).from(trackingReportsTable)
        .groupBy(trackingReportsTable.itemId).all();
      return new Map(rows.map((row) => [row.itemId, row.last!]));
    },

    accountsByRole() {
      return db.select({ role: usersTable.role, disabled: usersTable.disabled, count: count() }).from(usersTable).groupBy(usersTable.role, usersTable.disabled).all();
    },

    recentAudit(limit: number) {
      return db.select().from(auditEventsTable).orderBy(desc(auditEventsTable.id)).limit(limit).all();
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
