import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import type { ItemsInReview } from '../tracking/tracking.models.js';
import { dispositionItemsTable, dispositionsTable, type Category } from './review.table.js';

/** What tracking shows of the review: the dispositions serving each tracked item, and the documents' latest categories. */
export function createItemsInReview({ db }: { db: AppDatabase }): ItemsInReview {
  return {
    documentsServing() {
      return db.select({ itemId: dispositionItemsTable.itemId, documentId: sql<number>`${dispositionsTable.documentId}` }).from(dispositionItemsTable)
        .innerJoin(dispositionsTable, eq(dispositionsTable.id, dispositionItemsTable.dispositionId))
        .where(isNotNull(dispositionsTable.documentId)).all();
    },

    latestCategories() {
      const rows = db.all<{ documentId: number; category: Category | null }>(sql`
        select d.document_id as documentId, d.category as category from ${dispositionsTable} d
        where d.document_id is not null and d.round_id = (select max(l.round_id) from ${dispositionsTable} l where l.document_id = d.document_id)`);
      return new Map(rows.map((row) => [row.documentId, row.category]));
    },

    proposals() {
      return db.select({ itemId: dispositionItemsTable.itemId, dispositionId: dispositionsTable.id, title: dispositionsTable.proposedTitle, status: dispositionsTable.status, roundId: dispositionsTable.roundId })
        .from(dispositionItemsTable).innerJoin(dispositionsTable, eq(dispositionsTable.id, dispositionItemsTable.dispositionId))
        .where(and(isNull(dispositionsTable.documentId), eq(dispositionsTable.category, 'create'))).all();
    },

    dispositionsServing(itemId) {
      return db.select({
        id: dispositionsTable.id, roundId: dispositionsTable.roundId, documentId: dispositionsTable.documentId, category: dispositionsTable.category,
        status: dispositionsTable.status, title: sql<string>`coalesce(${documentsTable.title}, ${dispositionsTable.proposedTitle}, '')`,
        deadline: dispositionsTable.deadline, responsibleUnit: dispositionsTable.responsibleUnit,
      }).from(dispositionItemsTable)
        .innerJoin(dispositionsTable, eq(dispositionsTable.id, dispositionItemsTable.dispositionId))
        .leftJoin(documentsTable, eq(documentsTable.id, dispositionsTable.documentId))
        .where(eq(dispositionItemsTable.itemId, itemId)).orderBy(desc(dispositionsTable.roundId), asc(dispositionsTable.id)).all();
    },
  };
}
