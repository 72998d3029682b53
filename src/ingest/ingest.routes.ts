import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppConfig } from '../config.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { createErrorFactory } from '../shared/errors.js';
import { validate } from '../shared/validation.js';
import type { ParsePool } from './formats/parse-pool.js';
import type { OcrQueue } from './ocr/ocr.queue.js';
import { toImportResultBody } from './ingest.models.js';
import { importDocument, reparseDocument, type ImportResult } from './ingest.usecases.js';

const createNoFilesError = createErrorFactory({ code: 'ingest.no_files', message: '请选择要上传的文件', status: 400 });
const createRequestTooLargeError = createErrorFactory({ code: 'ingest.request_too_large', message: '上传内容超过总大小上限', status: 413 });

export function registerIngestRoutes(app: Hono<AppEnv>, { config, parser, documentsRepository, ocrQueue }: {
  config: AppConfig; parser: ParsePool; documentsRepository: DocumentsRepository; ocrQueue: OcrQueue;
}) {
  app.post(
    '/api/documents',
    bodyLimit({ maxSize: config.maxRequestBytes, onError: () => { throw createRequestTooLargeError(); } }),
    async (c) => {
      const body = await c.req.parseBody({ all: true });
      const files = [body.files, body.file].flat().filter((value): value is File => value instanceof File);
      if (files.length === 0) throw createNoFilesError();

      const results: ImportResult[] = [];
      for (const file of files) {
        results.push(await importDocument({
          bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, documentsRepository, parser, limits: config,
        }));
      }
      // Scans are answered at once, their text still to come: the queue reads them in the background.
      if (results.some((result) => result.status === 'imported' && result.document.ocrState === 'pending')) void ocrQueue.wake();
      const resultsBody = { results: results.map((result) => toImportResultBody(result)) };
      const firstFailure = results.find((result) => result.status === 'failed');
      if (firstFailure?.status === 'failed' && results.every((result) => result.status === 'failed')) {
        // Nothing was stored: answer with the error of the first file, and every file's result beside it.
        return c.json({ error: { code: firstFailure.error.code, message: firstFailure.error.message }, ...resultsBody }, firstFailure.error.status);
      }
      return c.json(resultsBody, results.some((result) => result.status === 'imported') ? 201 : 200);
    },
  );

  app.post('/api/documents/:id/reparse', validate('param', idParamSchema), async (c) => {
    const row = await reparseDocument({ id: c.req.valid('param').id, documentsRepository, parser, limits: config });
    return c.json({ document: toDocumentSummary(row, todayIso()) });
  });
}
