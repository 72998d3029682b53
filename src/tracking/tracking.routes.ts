import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppConfig } from '../config.js';
import type { AppDatabase } from '../db/database.js';
import { contentDisposition } from '../documents/documents.download.js';
import { todayIso } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { createSearchRepository } from '../search/search.repository.js';
import { createMalformedRequestError } from '../shared/errors.js';
import { formatBytes } from '../shared/format.js';
import { safeFileName } from '../shared/file-names.js';
import { parseWith, validate } from '../shared/validation.js';
import { createAttachmentTooLargeError } from './tracking.errors.js';
import { dueItems, type ItemsInReview } from './tracking.models.js';
import { createTrackingRepository } from './tracking.repository.js';
import {
  dashboardQuerySchema, dueQuerySchema, itemAssignmentSchema, itemDefinitionSchema, linkDecisionSchema, newItemSchema, officeSettingsSchema, reportSchema,
} from './tracking.schemas.js';
import {
  addItem, assignItem, decideLink, issueBriefing, officeOf, previewBriefing, removeItem, reportProgress, trackingDashboard, trackingItemDetail, ownUnitOf,
} from './tracking.usecases.js';

export function registerTrackingRoutes(app: Hono<AppEnv>, { db, config, documentsRepository, itemsInReview }: {
  db: AppDatabase; config: AppConfig; documentsRepository: DocumentsRepository; itemsInReview: ItemsInReview;
}) {
  const trackingRepository = createTrackingRepository({ db });
  const searchRepository = createSearchRepository({ db });

  app.get('/api/tracking/items', (c) => c.json({ items: trackingRepository.items() }));

  app.get('/api/tracking/dashboard', validate('query', dashboardQuerySchema), (c) => c.json(trackingDashboard({ trackingRepository, itemsInReview, unit: c.req.valid('query').unit, ownUnitId: ownUnitOf(currentAuth(c).user) })));

  app.get('/api/tracking/due', validate('query', dueQuerySchema), (c) => {
    const { days } = c.req.valid('query');
    return c.json({ days, ...dueItems(trackingRepository.items(), todayIso(), days) });
  });

  app.get('/api/tracking/items/:id', validate('param', idParamSchema), (c) => {
    return c.json(trackingItemDetail({ itemId: c.req.valid('param').id, trackingRepository, searchRepository, documentsRepository, itemsInReview }));
  });

  app.post('/api/tracking/items/:id/reports', validate('param', idParamSchema),
    bodyLimit({ maxSize: config.maxRequestBytes, onError: () => { throw createAttachmentTooLargeError(); } }),
    async (c) => {
      const isForm = c.req.header('content-type')?.startsWith('multipart/form-data');
      const raw = isForm ? await c.req.parseBody({ all: true }) : await c.req.json().catch(() => { throw createMalformedRequestError(); });
      // A form's attachments are read below; every other field, of a form or JSON, must be one the schema knows.
      const report = parseWith(reportSchema, isForm ? Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'files')) : raw);
      const files = isForm ? [raw.files].flat().filter((value): value is File => value instanceof File && value.size > 0) : [];
      if (files.some((file) => file.size > config.maxFileBytes)) throw createAttachmentTooLargeError({ message: `附件不能超过 ${formatBytes(config.maxFileBytes)}` });
      const saved = reportProgress({
        itemId: c.req.valid('param').id, report, actor: currentAuth(c).user, trackingRepository,
        files: await Promise.all(files.map(async (file) => ({ fileName: safeFileName(file.name), bytes: Buffer.from(await file.arrayBuffer()) }))),
      });
      return c.json({ report: saved, item: trackingRepository.getItem(saved.itemId) }, 201);
    });

  app.get('/api/tracking/attachments/:id', validate('param', idParamSchema), (c) => {
    const attachment = trackingRepository.getAttachment(c.req.valid('param').id);
    return c.body(new Uint8Array(attachment.bytes), 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition(attachment.fileName),
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.patch('/api/tracking/items/:id', validate('param', idParamSchema), validate('json', itemAssignmentSchema), (c) => {
    return c.json({ item: assignItem({ itemId: c.req.valid('param').id, changes: c.req.valid('json'), actor: currentAuth(c).user, trackingRepository }) });
  });

  app.post('/api/tracking/items/:id/links', validate('param', idParamSchema), validate('json', linkDecisionSchema), (c) => {
    decideLink({ itemId: c.req.valid('param').id, ...c.req.valid('json'), actor: currentAuth(c).user, trackingRepository, documentsRepository });
    return c.body(null, 204);
  });

  app.post('/api/tracking/items', validate('json', newItemSchema), (c) => c.json({ item: addItem({ ...c.req.valid('json'), trackingRepository }) }, 201));

  app.patch('/api/tracking/items/:id/definition', validate('param', idParamSchema), validate('json', itemDefinitionSchema), (c) => {
    return c.json({ item: trackingRepository.updateItem(c.req.valid('param').id, { ...c.req.valid('json'), updatedAt: new Date() }) });
  });

  app.delete('/api/tracking/items/:id', validate('param', idParamSchema), (c) => {
    removeItem({ itemId: c.req.valid('param').id, trackingRepository });
    return c.body(null, 204);
  });

  // The next briefing as it would be issued now, marked 样稿; issuing it numbers and stores it.
  app.get('/api/tracking/briefing', async (c) => {
    const { bytes, fileName } = await previewBriefing({ trackingRepository, itemsInReview, actor: currentAuth(c).user });
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': DOCX, 'Content-Disposition': contentDisposition(fileName) });
  });

  app.get('/api/tracking/briefings', (c) => c.json({ briefings: trackingRepository.briefings() }));

  app.post('/api/tracking/briefings', async (c) => {
    const { bytes, ...briefing } = await issueBriefing({ trackingRepository, itemsInReview, actor: currentAuth(c).user });
    return c.json({ briefing: { ...briefing, sizeBytes: bytes.length } }, 201);
  });

  app.get('/api/tracking/briefings/:id/file', validate('param', idParamSchema), (c) => {
    const briefing = trackingRepository.getBriefing(c.req.valid('param').id);
    return c.body(new Uint8Array(briefing.bytes), 200, {
      'Content-Type': DOCX, 'Content-Disposition': contentDisposition(briefing.fileName), 'Content-Length': String(briefing.bytes.length),
    });
  });

  app.get('/api/tracking/office-settings', (c) => c.json({ settings: officeOf({ trackingRepository, actor: currentAuth(c).user }) }));

  app.put('/api/tracking/office-settings', validate('json', officeSettingsSchema), (c) => {
    const settings = trackingRepository.saveOfficeSettings({ ...c.req.valid('json'), updatedAt: new Date(), updatedByName: currentAuth(c).user.username });
    return c.json({ settings: { office: settings.office, reportTo: settings.reportTo, copyTo: settings.copyTo } });
  });
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
