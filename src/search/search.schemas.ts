import { filterFieldsSchema, listQuerySchema } from '../documents/documents.schemas.js';
import { EXPORT_FORMATS } from './export.models.js';
import { RESULT_VIEWS } from './saved-search.table.js';
import { z } from '../shared/zod.js';

export const searchQuerySchema = filterFieldsSchema.extend({
  q: z.string().trim().min(1, '请输入要检索的内容').max(500),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Which page of `limit` results, from 1; past the last page the results are empty. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** `1`: search the query as typed, without putting a slip of the pen right. */
  literal: z.enum(['1']).optional(),
});
export type SearchQueryInput = z.output<typeof searchQuerySchema>;

export const suggestQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** The search page: the same, except that an empty query shows the empty form. */
export const searchPageQuerySchema = searchQuerySchema.extend({
  q: z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().max(500).optional()),
  /** Compact (one line per hit) or full; without it, the user's remembered choice. */
  view: z.preprocess((value) => (value === '' ? undefined : value), z.enum(RESULT_VIEWS).optional()),
});

/** An export of a search: the same query and filters, every match, as a file. */
export const searchExportQuerySchema = searchQuerySchema.extend({ format: z.enum(EXPORT_FORMATS) });

/** An export of the document list: the same filters and order, every match, as a file. */
export const listExportQuerySchema = listQuerySchema.extend({ format: z.enum(EXPORT_FORMATS) });

/** The terms a document page marks (`hl`, repeated), as a hit's link carries them; blank ones dropped. */
export const highlightTermsSchema = z.array(z.string().trim().max(100)).max(20).transform((terms) => terms.filter((term) => term !== ''));
