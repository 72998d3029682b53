import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { contentDisposition } from '../documents/documents.download.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { createReviewRepository } from '../review/review.repository.js';
import { validate } from '../shared/validation.js';
import { exportPublication, PUBLICATION_CONTENT_TYPES } from './publication.export.js';
import { createPublicationRepository } from './publication.repository.js';
import { publicationDetailsSchema, publicationExportQuerySchema } from './publication.schemas.js';
import { publicationOf, publishRound, savePublication } from './publication.usecases.js';

/** Publishing a round's result: the legal office drafts the 决定/通知, a leader publishes it. */
export function registerPublicationRoutes(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const reviewRepository = createReviewRepository({ db });
  const publicationRepository = createPublicationRepository({ db });

  app.get('/api/publication/rounds/:id', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json({ publication: publicationOf({ round, publicationRepository }) });
  });

  app.put('/api/publication/rounds/:id', validate('param', idParamSchema), validate('json', publicationDetailsSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json({ publication: savePublication({ round, details: c.req.valid('json'), actor: currentAuth(c).user, publicationRepository }) });
  });

  app.post('/api/publication/rounds/:id/publish', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json({ publication: publishRound({ round, actor: currentAuth(c).user, publicationRepository }) });
  });

  app.get('/api/publication/rounds/:id/export', validate('param', idParamSchema), validate('query', publicationExportQuerySchema), async (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const format = c.req.valid('query').format;
    const { bytes, fileName } = await exportPublication(publicationOf({ round, publicationRepository }), format);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': PUBLICATION_CONTENT_TYPES[format],
      'Content-Disposition': contentDisposition(fileName),
      'Content-Length': String(bytes.length),
    });
  });
}
