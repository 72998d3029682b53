import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app.types.js';
import { authorize } from './auth/auth.middleware.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import type { AppConfig } from './config.js';
import type { AppDatabase } from './db/database.js';
import type { ParsePool } from './ingest/formats/parse-pool.js';
import type { OcrQueue } from './ingest/ocr/ocr.queue.js';
import type { TitleIndex } from './search/title-index.js';
import { registerDocumentsRoutes } from './documents/documents.routes.js';
import { registerIngestRoutes } from './ingest/ingest.routes.js';
import { registerOcrRoutes } from './ingest/ocr/ocr.routes.js';
import { registerSearchRoutes } from './search/search.routes.js';
import { handleError } from './shared/error-handler.js';
import { createErrorFactory, createNotFoundError } from './shared/errors.js';

import { registerChecklistRoutes } from './checklist/checklist.routes.js';
import { registerReviewRoutes } from './review/review.routes.js';
import { registerTrackingRoutes } from './tracking/tracking.routes.js';
import { createSuggestionService, type SuggestionService } from './review/suggestions/suggestions.usecases.js';
import { registerStaticRoutes } from './web/static.routes.js';
import { registerWebRoutes } from './web/web.routes.js';

const createBodyTooLargeError = createErrorFactory({ code: 'request.too_large', message: '请求内容过大', status: 413 });
const JSON_BODY_LIMIT = 1024 * 1024;

export type AppDependencies = { db: AppDatabase; config: AppConfig; parser: ParsePool; titleIndex: TitleIndex; ocrQueue: OcrQueue };
/** The dependencies, plus the services the app builds once and its routes share. */
export type AppServices = AppDependencies & { suggestionService: SuggestionService };

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

  const services: AppServices = { ...dependencies, suggestionService: createSuggestionService(dependencies) };
  registerAuthRoutes(app, services);
  registerIngestRoutes(app, services);
  registerDocumentsRoutes(app, services);
  registerOcrRoutes(app, services);
  registerSearchRoutes(app, services);
  registerReviewRoutes(app, services);
  registerChecklistRoutes(app, services);
  registerTrackingRoutes(app, services);
  registerStaticRoutes(app);
  registerWebRoutes(app, services);
  return app;
}
