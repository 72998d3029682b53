import { listQuerySchema } from '../documents/documents.schemas.js';
import { parseWith } from '../shared/validation.js';
import { plainText, z } from '../shared/zod.js';
import { RESULT_VIEWS, SAVED_SEARCH_KINDS, type SavedSearchKind } from './saved-search.table.js';
import { searchQuerySchema } from './search.schemas.js';

const name = plainText(60).pipe(z.string().min(1, '请给这次检索起个名称'));

export const savedSearchCreateSchema = z.object({
  name,
  kind: z.enum(SAVED_SEARCH_KINDS),
  /** The page's query string, as the address bar shows it (with or without "?"). */
  query: z.string().max(2000),
}).strict();

export const savedSearchRenameSchema = z.object({ name }).strict();

export const PAGE_SIZES = [20, 50, 100] as const;

export const searchPreferencesSchema = z.object({
  view: z.enum(RESULT_VIEWS),
  pageSize: z.union(PAGE_SIZES.map((size) => z.literal(size)) as [z.ZodLiteral<20>, z.ZodLiteral<50>, z.ZodLiteral<100>]),
}).strict();

/** The parameters each page reads; anything else in a saved query string is dropped. Page and cursor are not kept: a saved search reopens at its start. */
const KEPT: Record<SavedSearchKind, readonly string[]> = {
  search: ['q', 'type', 'issuer', 'level', 'status', 'yearFrom', 'yearTo', 'category', 'item', 'sort', 'literal'],
  documents: ['q', 'type', 'issuer', 'level', 'status', 'yearFrom', 'yearTo', 'category', 'item', 'sort', 'order'],
};

/**
 * A query string as saved: only the page's own parameters, non-empty, checked by the page's schema (a search
 * needs words to search for), in a stable order. The review's filters (category, item) are checked again by
 * the page when the search is opened, for the viewer who opens it.
 */
export function canonicalQuery(kind: SavedSearchKind, query: string): string {
  const given = new URLSearchParams(query.replace(/^\?/, ''));
  const kept = new URLSearchParams();
  for (const key of KEPT[kind]) {
    const value = given.get(key)?.trim();
    if (value) kept.set(key, value);
  }
  const values = Object.fromEntries(kept);
  parseWith(kind === 'search' ? searchQuerySchema : listQuerySchema, values);
  parseWith(z.object({ category: z.string().max(20).optional(), item: z.string().regex(/^\d{1,9}$/).optional() }), { category: values.category, item: values.item });
  return kept.toString();
}

/** Where a saved search opens. */
export function savedSearchUrl(kind: SavedSearchKind, query: string): string {
  return `${kind === 'search' ? '/search' : '/documents'}${query ? `?${query}` : ''}`;
}
