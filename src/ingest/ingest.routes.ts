import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDependencies } from '../app.js';
import type { AppEnv } from '../app.types.js';
import { importDemoDocuments } from '../demo/demo.usecases.js';
import { createDocumentsRepository } from '../documents/documents.repository.js';
import { createErrorFactory } from '../shared/errors.js';
import { toImportResultBody } from './ingest.models.js';
import { importDocument, type ImportResult } from './ingest.usecases.js';

const createNoFilesError = createErrorFactory({ code: 'ingest.no_files', message: '请选择要上传的文件', status: 400 });
const createRequestTooLargeError = createErrorFactory({ code: 'ingest.request_too_large', message: '上传内容超过总大小上限', status: 413 });

export function registerIngestRoutes(app: Hono<AppEnv>, { db, config, parser, ocrQueue }: AppDependencies) {
  const documentsRepository = createDocumentsRepository({ db });

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

  app.post('/api/demo', async (c) => {
    const results = await importDemoDocuments({ documentsRepository, parser, limits: config });
    return c.json({ results: results.map((result) => toImportResultBody(result)) }, 201);
  });
}
