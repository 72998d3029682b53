import type { Hono } from 'hono';
import type { AppEnv } from '../app.types.js';
import type { AppDependencies } from '../app.js';
import { reparseDocument } from '../ingest/ingest.usecases.js';
import { assertMayFilterByReview } from '../review/review.access.js';
import { validate } from '../shared/validation.js';
import { todayIso, toDocumentSummary } from './documents.models.js';
import { createDocumentsRepository } from './documents.repository.js';
import { idParamSchema, listQuerySchema, metadataUpdateSchema, type ListQueryInput } from './documents.schemas.js';
import { correctDocumentMetadata } from './documents.usecases.js';
import { contentTypeOf, contentDisposition } from './documents.download.js';

export function toListQuery(input: ListQueryInput, today: string) {
  return {
    docType: input.type, issuer: input.issuer, level: input.level, yearFrom: input.yearFrom, yearTo: input.yearTo,
    status: input.status, category: input.category, itemId: input.item, text: input.q, sort: input.sort, order: input.order, cursor: input.cursor, limit: input.limit, today,
  };
}

export function registerDocumentsRoutes(app: Hono<AppEnv>, { db, config, parser }: AppDependencies) {
  const documentsRepository = createDocumentsRepository({ db });

  app.get('/api/documents', validate('query', listQuerySchema), (c) => {
    const today = todayIso();
    assertMayFilterByReview(c, c.req.valid('query'));
    const query = toListQuery(c.req.valid('query'), today);
    const { rows, nextCursor } = documentsRepository.list(query);
    return c.json({
      documents: rows.map((row) => toDocumentSummary(row, today)),
      nextCursor,
      total: documentsRepository.count(query),
    });
  });

  app.get('/api/documents/facets', (c) => c.json(documentsRepository.facets()));

  app.get('/api/documents/:id', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    const content = documentsRepository.getContent(id);
    return c.json({
      document: { ...toDocumentSummary(row, todayIso()), extracted: row.extracted, evidence: row.evidence, overrides: row.overrides, createdAt: row.createdAt, updatedAt: row.updatedAt },
      structure: content.structure,
    });
  });

  app.get('/api/documents/:id/text', validate('param', idParamSchema), (c) => {
    const { text, html, structure } = documentsRepository.getContent(c.req.valid('param').id);
    return c.json({ text, html, structure });
  });

  app.get('/api/documents/:id/original', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    const bytes = documentsRepository.getOriginal(id);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': contentTypeOf(row.format),
      'Content-Disposition': contentDisposition(row.fileName),
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.patch('/api/documents/:id', validate('param', idParamSchema), validate('json', metadataUpdateSchema), (c) => {
    const { changes, reset } = c.req.valid('json');
    const row = correctDocumentMetadata({ id: c.req.valid('param').id, changes, reset, documentsRepository });
    return c.json({ document: { ...toDocumentSummary(row, todayIso()), extracted: row.extracted, overrides: row.overrides } });
  });

  app.post('/api/documents/:id/reparse', validate('param', idParamSchema), async (c) => {
    const row = await reparseDocument({ id: c.req.valid('param').id, documentsRepository, parser, limits: config });
    return c.json({ document: toDocumentSummary(row, todayIso()) });
  });

  app.delete('/api/documents/:id', validate('param', idParamSchema), (c) => {
    documentsRepository.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });
}
