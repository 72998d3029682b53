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
import { viewerOf } from './viewer.js';

export function registerSearchPages(app: Hono<AppEnv>, { db, documentFilter }: { db: AppDatabase; documentFilter: DocumentFilterContributor }) {
  const searchRepository = createSearchRepository({ db });
  const trackingRepository = createTrackingRepository({ db });
  const unitsRepository = createUnitsRepository({ db });

  // Without a query the page shows the empty form; with one, the results, so a search URL can be shared.
  app.get('/search', validate('query', searchPageQuerySchema), (c) => {
    const input = c.req.valid('query');
    const viewer = viewerOf(c);
    const extra = documentFilter(c.req.query(), viewer?.user ?? null);
    const found = input.q
      ? searchForRequest({ input: { ...input, q: input.q }, extra, today: todayIso(), searchRepository })
      : null;
    return c.html(<SearchPage query={{ ...input, ...parseWith(reviewFilterSchema, c.req.query()), ...parseWith(unitFilterSchema, c.req.query()) }} units={unitsRepository.list()} reading={found?.reading ?? null} total={found?.total ?? null} results={found?.results ?? []}
      facets={found?.facets ?? null} items={can(viewer?.user.role, 'review:read') ? trackingRepository.items() : null} viewer={viewer} />);
  });
}
