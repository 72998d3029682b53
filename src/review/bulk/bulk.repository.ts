import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/database.js';
import { documentsTable } from '../../documents/documents.table.js';
import { dispositionsTable } from '../review.table.js';
import { reviewBulkRefusalsTable, reviewBulkRunsTable } from './bulk.table.js';

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

    /** Replaces the user's last run on the round, and what it refused, in one transaction. */
    saveRun({ userId, roundId, action, total, updated, refused, at }: {
      userId: number; roundId: number; action: string; total: number; updated: number; refused: RefusedItem[]; at: Date;
    }) {
      db.transaction((tx) => {
        tx.delete(reviewBulkRefusalsTable).where(and(eq(reviewBulkRefusalsTable.userId, userId), eq(reviewBulkRefusalsTable.roundId, roundId))).run();
        // An id that no longer exists (deleted meanwhile) has no row to point at.
        const existing = new Set(refused.length === 0 ? [] : [...titles(refused.map((r) => r.id)).keys()]);
        const rows = refused.filter((r) => existing.has(r.id)).map((r) => ({ userId, roundId, dispositionId: r.id, code: r.code, message: r.message }));
        for (let start = 0; start < rows.length; start += INSERT_ROWS) tx.insert(reviewBulkRefusalsTable).values(rows.slice(start, start + INSERT_ROWS)).run();
        const run = { action, total, updated, refused: refused.length, at };
        tx.insert(reviewBulkRunsTable).values({ userId, roundId, ...run })
          .onConflictDoUpdate({ target: [reviewBulkRunsTable.userId, reviewBulkRunsTable.roundId], set: run }).run();
      });
    },

    /** The user's last run on the round and the first `limit` items it refused (in the list's order), or null. */
    lastRun(userId: number, roundId: number, limit: number) {
      const run = db.select().from(reviewBulkRunsTable).where(and(eq(reviewBulkRunsTable.userId, userId), eq(reviewBulkRunsTable.roundId, roundId))).get();
      if (!run) return null;
      const refused = db.select({ id: reviewBulkRefusalsTable.dispositionId, code: reviewBulkRefusalsTable.code, message: reviewBulkRefusalsTable.message, title })
        .from(reviewBulkRefusalsTable)
        .innerJoin(dispositionsTable, eq(dispositionsTable.id, reviewBulkRefusalsTable.dispositionId))
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(and(eq(reviewBulkRefusalsTable.userId, userId), eq(reviewBulkRefusalsTable.roundId, roundId)))
        .orderBy(reviewBulkRefusalsTable.dispositionId).limit(limit).all();
      const count = db.select({ n: sql<number>`count(*)` }).from(reviewBulkRefusalsTable)
        .where(and(eq(reviewBulkRefusalsTable.userId, userId), eq(reviewBulkRefusalsTable.roundId, roundId))).get()!.n;
      return { run, refused, count };
    },
  };
}

export type BulkRepository = ReturnType<typeof createBulkRepository>;
