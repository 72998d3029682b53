import type { SavedSearchRepository } from './saved-search.repository.js';
import { canonicalQuery, savedSearchUrl } from './saved-search.schemas.js';
import type { SavedSearchKind, SavedSearchRow } from './saved-search.table.js';
import { createTooManySavedSearchesError } from './search.errors.js';

/** A user keeps at most this many: a list to choose from, not an archive. */
export const MAX_SAVED_SEARCHES = 200;

export function toSavedSearch(row: SavedSearchRow) {
  return { id: row.id, name: row.name, kind: row.kind, query: row.query, url: savedSearchUrl(row.kind, row.query), createdAt: row.createdAt, updatedAt: row.updatedAt };
}
export type SavedSearch = ReturnType<typeof toSavedSearch>;

/** Saves a search or a list filter under a name, for this user only. */
export function saveSearch({ userId, name, kind, query, savedSearchRepository, now = new Date() }: {
  userId: number; name: string; kind: SavedSearchKind; query: string; savedSearchRepository: SavedSearchRepository; now?: Date;
}): SavedSearch {
  const canonical = canonicalQuery(kind, query);
  if (savedSearchRepository.count(userId) >= MAX_SAVED_SEARCHES) throw createTooManySavedSearchesError();
  return toSavedSearch(savedSearchRepository.insert({ userId, name, kind, query: canonical, now }));
}
