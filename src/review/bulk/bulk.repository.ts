import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/database.js';
import { documentsTable } from '../../documents/documents.table.js';
import { dispositionsTable, reviewRoundsTable } from '../review.table.js';
import { reviewBulkRefusalsTable } from './bulk.table.js';

export type RefusedItem = { id: number; code: string; message: string; title: string };
const INSERT_ROWS = 500;

export function createBulkRepository({ db }: { db: AppDatabase }) {
  const title = sql<string>`coalesce(${documentsTable.title}, ${dispositionsTable.proposedTitle}, '')`;

  /** The titles of dispositions, as the list shows them (a proposal's proposed title). */
  function titles(ids: number[]): Map<number, string> {
    const found = new Map<number, string>();
    for (let start = 0; start < ids.length; start += INSERT_ROWS) {
      const rows = db.select({ id: dispositionsTable.id, title }).from(dispositionsTable)
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(inArray(dispositionsTable.id, ids.slice(start, start + INSERT_ROWS))).all();
      for (const row of rows) found.set(row.id, row.title);
    }
    return found;
  }

  return {
    titles,

    /** Replaces what the user's bulk actions on the round refused, in one transaction. */
    replaceRefusals(userId: number, roundId: number, refused: RefusedItem[]) {
      const mine = and(eq(reviewBulkRefusalsTable.userId, userId), eq(reviewBulkRefusalsTable.roundId, roundId));
      db.transaction((tx) => {
        tx.delete(reviewBulkRefusalsTable).where(mine).run();
        // An id that no longer exists (deleted meanwhile) has no row to point at.
        const existing = titles(refused.map((r) => r.id));
        const rows = refused.filter((r) => existing.has(r.id)).map((r) => ({ userId, roundId, dispositionId: r.id, code: r.code, message: r.message }));
        for (let start = 0; start < rows.length; start += INSERT_ROWS) tx.insert(reviewBulkRefusalsTable).values(rows.slice(start, start + INSERT_ROWS)).run();
      });
    },

    /** Per round, newest first, how many dispositions the user's last bulk action there refused. */
    refusedPerRound(userId: number): { roundId: number; roundName: string; count: number }[] {
      const r = reviewBulkRefusalsTable;
      return db.select({ roundId: r.roundId, roundName: reviewRoundsTable.name, count: count() }).from(r)
        .innerJoin(reviewRoundsTable, eq(reviewRoundsTable.id, r.roundId))
        .innerJoin(dispositionsTable, and(eq(dispositionsTable.id, r.dispositionId), eq(dispositionsTable.roundId, r.roundId)))
        .where(eq(r.userId, userId)).groupBy(r.roundId).orderBy(desc(r.roundId)).all();
    },

    /** How many dispositions of the round the user's last bulk action refused. */
    refusedCount(userId: number, roundId: number): number {
      return db.select({ n: count() }).from(reviewBulkRefusalsTable)
        .where(and(eq(reviewBulkRefusalsTable.userId, userId), eq(reviewBulkRefusalsTable.roundId, roundId))).get()!.n;
    },
  };
}

export type BulkRepository = ReturnType<typeof createBulkRepository>;
