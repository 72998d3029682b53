import type { Hono } from 'hono';
import type { AppDependencies } from '../app.js';
import type { AppEnv } from '../app.types.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import { createDocumentsRepository } from '../documents/documents.repository.js';
import { assertMayFilterByReview } from '../review/review.access.js';
import { validate } from '../shared/validation.js';
import { toSearchFilters, toSearchReading, toSearchResult } from './search.models.js';
import { createSearchRepository } from './search.repository.js';
import { searchQuerySchema, suggestQuerySchema } from './search.schemas.js';
import { searchDocuments } from './search.usecases.js';
import { findSimilarDocuments } from './similar.usecases.js';
import { idParamSchema } from '../documents/documents.schemas.js';

export function registerSearchRoutes(app: Hono<AppEnv>, { db, titleIndex }: AppDependencies) {
  const searchRepository = createSearchRepository({ db });
  const documentsRepository = createDocumentsRepository({ db });

  app.get('/api/search', validate('query', searchQuerySchema), (c) => {
    const input = c.req.valid('query');
    assertMayFilterByReview(c, input);
    const today = todayIso();
    const { total, hits, facets, reading } = searchDocuments({
      query: input.q, sort: input.sort, limit: input.limit, filters: toSearchFilters(input, today), literal: input.literal === '1',
      searchRepository,
    });
    return c.json({ total, facets, reading: toSearchReading(reading), results: hits.map((hit) => toSearchResult(hit, today)) });
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
