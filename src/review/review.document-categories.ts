import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import type { DocumentCategoryLookup } from '../search/export.models.js';
import { CATEGORY_LABELS } from './review.models.js';
import { dispositionsTable } from './review.table.js';

/**
 * The category of each document's disposition in the latest round that holds it (as the list's category
 * filter reads it), as its Chinese label, for exports; documents not yet decided are absent.
 */
export function createDocumentCategories({ db }: { db: AppDatabase }): DocumentCategoryLookup {
  return (documentIds) => {
    const categories = new Map<number, string>();
    for (let i = 0; i < documentIds.length; i += 500) {
      const batch = documentIds.slice(i, i + 500);
      const rows = db.select({ documentId: dispositionsTable.documentId, category: dispositionsTable.category }).from(dispositionsTable)
        .where(sql`${dispositionsTable.documentId} in (${sql.join(batch.map((id) => sql`${id}`), sql`, `)}) and ${dispositionsTable.category} is not null
          and ${dispositionsTable.roundId} = (select max(latest.round_id) from ${dispositionsTable} latest where latest.document_id = ${dispositionsTable.documentId})`).all();
      for (const row of rows) if (row.documentId !== null && row.category) categories.set(row.documentId, CATEGORY_LABELS[row.category]);
    }
    return categories;
  };
}
