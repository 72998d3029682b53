import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { contentDisposition } from '../documents/documents.download.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { createReviewRepository } from '../review/review.repository.js';
import { validate } from '../shared/validation.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { officeOf } from '../tracking/tracking.usecases.js';
import { CONTENT_TYPES, exportChecklist } from './checklist.export.js';
import { createChecklistRepository } from './checklist.repository.js';
import { checklistQuerySchema, compareQuerySchema, exportQuerySchema } from './checklist.schemas.js';
import { compareVersions, generateChecklist, previewChecklist } from './checklist.usecases.js';

export function registerChecklistRoutes(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const checklistRepository = createChecklistRepository({ db });
  const reviewRepository = createReviewRepository({ db });
  const trackingRepository = createTrackingRepository({ db });

  // A preview: what the checklist would hold now; only a download or a print records a version.
  app.get('/api/checklist/rounds/:id', validate('param', idParamSchema), validate('query', checklistQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json({ checklist: previewChecklist({ round, options: { includeUnapproved: c.req.valid('query').all }, checklistRepository }) });
  });

  // A GET that records a version, on purpose: the version is the record of what was handed out, and a plain
  // link is how a browser downloads. It only appends (nothing else changes), a repeat of the latest version
  // is not recorded again, and the SameSite=Lax cookie keeps other sites' images and scripts from causing it.
  app.get('/api/checklist/rounds/:id/export', validate('param', idParamSchema), validate('query', exportQuerySchema), async (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const { format, all } = c.req.valid('query');
    const actor = currentAuth(c).user;
    const { office } = officeOf({ trackingRepository, actor });
    const { checklist, version } = generateChecklist({ round, options: { includeUnapproved: all }, office, actor, checklistRepository });
    const { bytes, fileName } = await exportChecklist(checklist, format);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': contentDisposition(fileName),
      'Content-Length': String(bytes.length),
      'X-Checklist-Version': String(version.id),
    });
  });

  app.get('/api/checklist/rounds/:id/versions', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json({ versions: checklistRepository.versions(round.id) });
  });

  app.get('/api/checklist/compare', validate('query', compareQuerySchema), (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(compareVersions({ fromId: from, toId: to, checklistRepository }));
  });
}
