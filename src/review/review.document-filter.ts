import { and, sql } from 'drizzle-orm';
import { createForbiddenError } from '../auth/auth.errors.js';
import { can, type Role } from '../auth/roles.js';
import type { DocumentFilterContributor } from '../documents/documents.filters.js';
import { documentsTable } from '../documents/documents.table.js';
import { parseWith } from '../shared/validation.js';
import { emptyToUndefined, z } from '../shared/zod.js';
import { trackingDocumentLinksTable } from '../tracking/tracking.table.js';
import { dispositionItemsTable, dispositionsTable, reviewRoundsTable } from './review.table.js';

/** A department does not learn other units' proposals of a campaign round by filtering: only decided ones count there. */
const campaignProposalsHidden = sql`and (d.status = 'approved' or (select r.mode from ${reviewRoundsTable} r where r.id = d.round_id) = 'office')`;

/** The review's filters of the document list and search: a document's latest category, a tracked item it serves. */
export const reviewFilterSchema = z.object({
  category: z.preprocess(emptyToUndefined, z.enum(['keep', 'improve', 'abolish']).optional()),
  item: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
});
export type ReviewFilterInput = z.output<typeof reviewFilterSchema>;

/**
 * Filtering by review category or tracked item reveals review decisions, so only someone who may read the
 * review can use these filters. `category` is the category of the document's disposition in the latest
 * round that holds it; `item` a tracked item the document is accepted as covering, or that one of its
 * dispositions serves.
 */
export const reviewDocumentFilter: DocumentFilterContributor = (query, viewer) => {
  const { category, item } = parseWith(reviewFilterSchema, query);
  if ((category || item) && !can(viewer?.role as Role | undefined, 'review:read')) {
    throw createForbiddenError({ message: '您的账号不能按清理类别或制度机制筛选' });
  }
  const t = documentsTable;
  return and(
    category ? sql`exists (select 1 from ${dispositionsTable} d where d.document_id = ${t.id} and d.category = ${category}
      and d.round_id = (select max(latest.round_id) from ${dispositionsTable} latest where latest.document_id = ${t.id})
      ${viewer?.role === 'department' ? campaignProposalsHidden : sql``})` : undefined,
    item ? sql`(exists (select 1 from ${dispositionItemsTable} di join ${dispositionsTable} d on d.id = di.disposition_id
      where d.document_id = ${t.id} and di.item_id = ${item})
      or exists (select 1 from ${trackingDocumentLinksTable} l where l.document_id = ${t.id} and l.item_id = ${item} and l.accepted = 1))` : undefined,
  );
};
