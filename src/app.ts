import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDependencies } from './app.dependencies.js';
import { authorize, type AppEnv } from './auth/auth.middleware.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import { registerDemoRoutes } from './demo/demo.routes.js';
import { registerDocumentsRoutes } from './documents/documents.routes.js';
import { registerIngestRoutes } from './ingest/ingest.routes.js';
import { registerOcrRoutes } from './ingest/ocr/ocr.routes.js';
import { registerExportRoutes } from './search/export.routes.js';
import { registerSavedSearchRoutes } from './search/saved-search.routes.js';
import { registerSearchRoutes } from './search/search.routes.js';
import { createErrorFactory, createNotFoundError } from './shared/errors.js';
import { registerChecklistRoutes } from './checklist/checklist.routes.js';
import { registerPublicationRoutes } from './checklist/publication.routes.js';
import { registerCampaignChecklistGuard } from './checklist/campaign.guard.js';
import { registerReviewRoutes } from './review/review.routes.js';
import { registerCampaignRoutes } from './review/campaign.routes.js';
import { registerTrackingRoutes } from './tracking/tracking.routes.js';
import { registerStaticRoutes } from './web/static.routes.js';
import { registerAuthPages } from './web/auth.pages.js';
import { registerInboxRoutes } from './inbox/inbox.routes.js';
import { registerNotificationsRoutes } from './notifications/notifications.routes.js';
import { countUnreadNotifications, registerNotificationsPages } from './web/notifications.pages.js';
import { registerInboxPages } from './web/inbox.pages.js';
import { registerChecklistPages } from './web/checklist.pages.js';
import { registerDocumentsPages } from './web/documents.pages.js';
import { handleError } from './web/error-handler.js';
import { registerReviewPages } from './web/review.pages.js';
import { registerCampaignPages } from './web/campaign.pages.js';
import { registerSearchPages } from './web/search.pages.js';
import { registerTrackingPages } from './web/tracking.pages.js';
import { registerUnitsRoutes } from './units/units.routes.js';
import { registerUnitsPages } from './web/units.pages.js';

const createBodyTooLargeError = createErrorFactory({ code: 'request.too_large', message: '请求内容过大', status: 413 });
const JSON_BODY_LIMIT = 1024 * 1024;


export function createApp(dependencies: AppDependencies) {
  const app = new Hono<AppEnv>();
  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    xFrameOptions: 'DENY',
  }));
  app.onError(handleError);
  app.notFound(() => { throw createNotFoundError(); });
  // Uploads have their own, larger limit; every other request body is small JSON.
  const jsonBodyLimit = bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: () => { throw createBodyTooLargeError(); } });
  app.use('/api/*', (c, next) => (c.req.header('content-type')?.startsWith('multipart/form-data') ? next() : jsonBodyLimit(c, next)));
  app.use(authorize(dependencies));
  app.use(countUnreadNotifications(dependencies));

  // Each feature registers its JSON API, then its pages (which call the same use cases).
  registerAuthRoutes(app, dependencies);
  registerAuthPages(app, dependencies);
  registerIngestRoutes(app, dependencies);
  registerOcrRoutes(app, dependencies);
  registerDemoRoutes(app, dependencies);
  // Before the documents' routes, whose '/api/documents/:id' would take "export" for an id.
  registerExportRoutes(app, dependencies);
  registerDocumentsRoutes(app, dependencies);
  registerDocumentsPages(app, dependencies);
  registerSearchRoutes(app, dependencies);
  registerSavedSearchRoutes(app, dependencies);
  registerSearchPages(app, dependencies);
  registerReviewRoutes(app, dependencies);
  registerCampaignRoutes(app, dependencies);
  registerReviewPages(app, dependencies);
  registerCampaignPages(app, dependencies);
  registerCampaignChecklistGuard(app, dependencies);
  registerChecklistRoutes(app, dependencies);
  registerPublicationRoutes(app, dependencies);
  registerChecklistPages(app, dependencies);
  registerUnitsRoutes(app, dependencies);
  registerUnitsPages(app, dependencies);
  registerTrackingRoutes(app, dependencies);
  registerTrackingPages(app, dependencies);
  registerNotificationsRoutes(app, dependencies);
  registerNotificationsPages(app, dependencies);
  registerInboxRoutes(app, dependencies);
  registerInboxPages(app, dependencies);
  registerStaticRoutes(app);
  return app;
}
