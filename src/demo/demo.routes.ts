import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppConfig } from '../config.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { Parser } from '../ingest/formats/parse-pool.js';
import { toImportResultBody } from '../ingest/ingest.models.js';
import { importDemoDocuments } from './demo.usecases.js';

export function registerDemoRoutes(app: Hono<AppEnv>, { config, parser, documentsRepository }: { config: AppConfig; parser: Parser; documentsRepository: DocumentsRepository }) {
  app.post('/api/demo', async (c) => {
    const results = await importDemoDocuments({ documentsRepository, parser, limits: config });
    return c.json({ results: results.map((result) => toImportResultBody(result)) }, 201);
  });
}
