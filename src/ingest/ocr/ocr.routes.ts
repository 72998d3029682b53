import type { Hono } from 'hono';
import type { AppEnv } from '../../auth/auth.middleware.js';
import type { AppDatabase } from '../../db/database.js';
import { todayIso, toDocumentSummary } from '../../documents/documents.models.js';
import type { DocumentsRepository } from '../../documents/documents.repository.js';
import type { ParsePool } from '../formats/parse-pool.js';
import type { OcrQueue } from './ocr.queue.js';
import { idParamSchema } from '../../documents/documents.schemas.js';
import { validate } from '../../shared/validation.js';
import { createNotScanError } from './ocr.errors.js';
import { createOcrRepository } from './ocr.repository.js';
import { pageParamSchema, textCorrectionSchema } from './ocr.schemas.js';
import { correctRecognisedText } from './ocr.usecases.js';

export function registerOcrRoutes(app: Hono<AppEnv>, { db, parser, ocrQueue, documentsRepository }: {
  db: AppDatabase; parser: ParsePool; ocrQueue: OcrQueue; documentsRepository: DocumentsRepository;
}) {
  const ocrRepository = createOcrRepository({ db, documentsRepository });

  /** A scan's OCR state and its pages: what was read from each and with what confidence. */
  app.get('/api/documents/:id/pages', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    if (!row.ocrState) throw createNotScanError();
    return c.json({ ocr: toDocumentSummary(row, todayIso()).ocr, pages: ocrRepository.listPages(id) });
  });

  app.get('/api/documents/:id/pages/:page/image', validate('param', pageParamSchema), (c) => {
    const { id, page } = c.req.valid('param');
    const image = ocrRepository.pageImage(id, page);
    return c.body(new Uint8Array(image), 200, {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(image.length),
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.put('/api/documents/:id/text', validate('param', idParamSchema), validate('json', textCorrectionSchema), async (c) => {
    const row = await correctRecognisedText({ id: c.req.valid('param').id, text: c.req.valid('json').text, documentsRepository, ocrRepository, parser });
    return c.json({ document: toDocumentSummary(row, todayIso()) });
  });

  /** Reads a scan whose OCR failed once more (after the server was given more time, say). */
  app.post('/api/documents/:id/ocr/retry', validate('param', idParamSchema), (c) => {
    const row = ocrRepository.retry(c.req.valid('param').id);
    if (!row.ocrState) throw createNotScanError();
    void ocrQueue.wake();
    return c.json({ document: toDocumentSummary(row, todayIso()) }, 202);
  });
}
