import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { validate } from '../shared/validation.js';
import { contentDisposition, contentTypeOf } from './documents.download.js';
import type { DocumentFilterContributor, DocumentTextMatcher } from './documents.filters.js';
import { todayIso, toDocumentSummary } from './documents.models.js';
import type { DocumentsRepository } from './documents.repository.js';
import { compareQuerySchema, idParamSchema, listQuerySchema, metadataUpdateSchema, revisionLinkSchema } from './documents.schemas.js';
import { compareDocuments, correctDocumentMetadata, linkRevision, listDocuments } from './documents.usecases.js';

export type DocumentsRoutesDependencies = { documentsRepository: DocumentsRepository; documentFilter: DocumentFilterContributor; documentTextMatcher: DocumentTextMatcher };

export function registerDocumentsRoutes(app: Hono<AppEnv>, { documentsRepository, documentFilter, documentTextMatcher }: DocumentsRoutesDependencies) {
  app.get('/api/documents', validate('query', listQuerySchema), (c) => {
    const extra = documentFilter(c.req.query(), c.get('auth')?.user ?? null);
    return c.json(listDocuments({ input: c.req.valid('query'), extra, today: todayIso(), documentsRepository, matchText: documentTextMatcher }));
  });

  app.get('/api/documents/facets', (c) => c.json(documentsRepository.facets()));

  // Registered before '/api/documents/:id', which would take "compare" for an id.
  app.get('/api/documents/compare', validate('query', compareQuerySchema), (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(compareDocuments({ fromId: from, toId: to, today: todayIso(), documentsRepository }));
  });

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

  app.put('/api/documents/:id/revision', validate('param', idParamSchema), validate('json', revisionLinkSchema), (c) => {
    const row = linkRevision({ id: c.req.valid('param').id, revisedById: c.req.valid('json').revisedById, documentsRepository });
    return c.json({ document: toDocumentSummary(row, todayIso()) });
  });

  app.delete('/api/documents/:id', validate('param', idParamSchema), (c) => {
    documentsRepository.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });
}
