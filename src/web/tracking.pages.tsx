import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { createSearchRepository } from '../search/search.repository.js';
import { validate } from '../shared/validation.js';
import { dueItems, type ItemsInReview } from '../tracking/tracking.models.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { dashboardQuerySchema, dueQuerySchema } from '../tracking/tracking.schemas.js';
import { officeOf, ownUnitOf, trackingDashboard, trackingItemDetail } from '../tracking/tracking.usecases.js';
import { TrackingItemPage } from './tracking-item.page.js';
import { TrackingPage } from './tracking.page.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { viewerOf } from './viewer.js';

/** Tracking the eight institutions and six mechanisms: the dashboard and an item's page. */
export function registerTrackingPages(app: Hono<AppEnv>, { db, documentsRepository, itemsInReview }: {
  db: AppDatabase; documentsRepository: DocumentsRepository; itemsInReview: ItemsInReview;
}) {
  const trackingRepository = createTrackingRepository({ db });
  const searchRepository = createSearchRepository({ db });

  app.get('/tracking', validate('query', dashboardQuerySchema.merge(dueQuerySchema)), (c) => {
    const { unit, days } = c.req.valid('query');
    const today = todayIso();
    const viewer = viewerOf(c);
    const dashboard = trackingDashboard({ trackingRepository, itemsInReview, unit, ownUnitId: ownUnitOf(viewer?.user), today });
    return c.html(<TrackingPage dashboard={dashboard} unit={unit} due={dueItems(dashboard.items, today, days)} days={days}
      briefings={trackingRepository.briefings()} office={officeOf({ trackingRepository, actor: viewer?.user ?? null })} viewer={viewer} />);
  });

  app.get('/tracking/items/:id', validate('param', idParamSchema), (c) => {
    const detail = trackingItemDetail({ itemId: c.req.valid('param').id, trackingRepository, searchRepository, documentsRepository, itemsInReview });
    return c.html(<TrackingItemPage {...detail} today={todayIso()} viewer={viewerOf(c)} units={createUnitsRepository({ db }).list()} />);
  });
}
