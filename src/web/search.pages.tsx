import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { can } from '../auth/roles.js';
import type { AppDatabase } from '../db/database.js';
import type { DocumentFilterContributor } from '../documents/documents.filters.js';
import { todayIso } from '../documents/documents.models.js';
import { reviewFilterSchema } from '../review/review.document-filter.js';
import { unitFilterSchema } from '../units/units.document-filter.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { createSearchRepository } from '../search/search.repository.js';
import { searchPageQuerySchema } from '../search/search.schemas.js';
import { searchForRequest } from '../search/search.usecases.js';
import { parseWith, validate } from '../shared/validation.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { SearchPage } from './search.page.js';
import { MySearchesPage } from './my-searches.page.js';
import type { DocumentCategoryLookup } from '../search/export.models.js';
import { createSavedSearchRepository, DEFAULT_PREFERENCES } from '../search/saved-search.repository.js';
import { toSavedSearch } from '../search/saved-search.usecases.js';
import { viewerOf } from './viewer.js';

export function registerSearchPages(app: Hono<AppEnv>, { db, documentFilter, documentCategories }: {
  db: AppDatabase; documentFilter: DocumentFilterContributor; documentCategories: DocumentCategoryLookup;
}) {
  const searchRepository = createSearchRepository({ db });
  const trackingRepository = createTrackingRepository({ db });
  const unitsRepository = createUnitsRepository({ db });
  const savedSearchRepository = createSavedSearchRepository({ db });

  // Without a query the page shows the empty form; with one, the results, so a search URL can be shared.
  app.get('/search', validate('query', searchPageQuerySchema), (c) => {
    const viewer = viewerOf(c);
    const preferences = viewer ? savedSearchRepository.preferences(viewer.user.id) : DEFAULT_PREFERENCES;
    // The address wins; without it, what this user chose last.
    const input = { ...c.req.valid('query'), ...(c.req.query('limit') ? {} : { limit: preferences.pageSize }) };
    const view = input.view ?? preferences.view;
    const extra = documentFilter(c.req.query(), viewer?.user ?? null);
    const found = input.q
      ? searchForRequest({ input: { ...input, q: input.q }, extra, today: todayIso(), searchRepository })
      : null;
    const mayReadReview = can(viewer?.user.role, 'review:read');
    return c.html(<SearchPage query={{ ...input, ...parseWith(reviewFilterSchema, c.req.query()), ...parseWith(unitFilterSchema, c.req.query()) }} view={view} found={found}
      units={unitsRepository.list()}
      categories={found && mayReadReview ? documentCategories(found.results.map((r) => r.id)) : null}
      saved={viewer ? savedSearchRepository.list(viewer.user.id).filter((s) => s.kind === 'search').map(toSavedSearch) : []}
      items={mayReadReview ? trackingRepository.items() : null} viewer={viewer} />);
  });

  app.get('/my-searches', (c) => {
    const viewer = viewerOf(c);
    return c.html(<MySearchesPage saved={savedSearchRepository.list(viewer!.user.id).map(toSavedSearch)} viewer={viewer} />);
  });
}
