import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import type { DocumentFilterContributor } from '../documents/documents.filters.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { validate } from '../shared/validation.js';
import { createSearchRepository } from './search.repository.js';
import { searchQuerySchema, suggestQuerySchema } from './search.schemas.js';
import { searchForRequest } from './search.usecases.js';
import { findSimilarDocuments } from './similar.usecases.js';
import type { TitleIndex } from './title-index.js';

export function registerSearchRoutes(app: Hono<AppEnv>, { db, titleIndex, documentsRepository, documentFilter }: {
  db: AppDatabase; titleIndex: TitleIndex; documentsRepository: DocumentsRepository; documentFilter: DocumentFilterContributor;
}) {
  const searchRepository = createSearchRepository({ db });

  app.get('/api/search', validate('query', searchQuerySchema), (c) => {
    const extra = documentFilter(c.req.query(), c.get('auth')?.user ?? null);
    return c.json(searchForRequest({ input: c.req.valid('query'), extra, today: todayIso(), searchRepository }));
  });

  app.get('/api/documents/:id/similar', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const document = documentsRepository.getById(id);
    const similar = findSimilarDocuments({ document, searchText: documentsRepository.getTextsAndStructure(id).searchText, limit: 10, searchRepository });
    const today = todayIso();
    return c.json({ documents: similar.map(({ document: row, score }) => ({ ...toDocumentSummary(row, today), score: Math.round(score * 1000) / 1000 })) });
  });

  app.get('/api/search/suggest', validate('query', suggestQuerySchema), (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ suggestions: titleIndex.suggest(q, limit) });
  });
}
