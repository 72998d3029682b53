import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import type { RefusedLastTime } from './inbox.refused.js';
import { createInboxRepository } from './inbox.repository.js';
import { dispositionDeadlines, homeInbox } from './inbox.usecases.js';

/** The inbox of the signed-in account's role, as the home page shows it, and the dispositions due soon. */
export function registerInboxRoutes(app: Hono<AppEnv>, { db, refusedLastTime }: { db: AppDatabase; refusedLastTime: RefusedLastTime }) {
  const inboxRepository = createInboxRepository({ db });
  const trackingRepository = createTrackingRepository({ db });

  app.get('/api/inbox', (c) => c.json({ inbox: homeInbox({ user: currentAuth(c).user, db, inboxRepository, trackingRepository, refusedLastTime }) }));

  app.get('/api/inbox/deadlines', (c) => c.json(dispositionDeadlines({ inboxRepository })));
}
