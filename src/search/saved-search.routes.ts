import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { validate } from '../shared/validation.js';
import { createSavedSearchRepository } from './saved-search.repository.js';
import { savedSearchCreateSchema, savedSearchRenameSchema, searchPreferencesSchema } from './saved-search.schemas.js';
import { saveSearch, toSavedSearch } from './saved-search.usecases.js';

/** 我的检索: each user's saved searches and list filters, and how they like results shown. */
export function registerSavedSearchRoutes(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const savedSearchRepository = createSavedSearchRepository({ db });
  const userId = (c: { get(key: 'auth'): AppEnv['Variables']['auth'] }) => c.get('auth')!.user.id;

  app.get('/api/saved-searches', (c) => c.json({ savedSearches: savedSearchRepository.list(userId(c)).map(toSavedSearch) }));

  app.post('/api/saved-searches', validate('json', savedSearchCreateSchema), (c) => {
    const { name, kind, query } = c.req.valid('json');
    return c.json({ savedSearch: saveSearch({ userId: userId(c), name, kind, query, savedSearchRepository }) }, 201);
  });

  app.patch('/api/saved-searches/:id', validate('param', idParamSchema), validate('json', savedSearchRenameSchema), (c) => {
    const row = savedSearchRepository.rename(userId(c), c.req.valid('param').id, c.req.valid('json').name, new Date());
    return c.json({ savedSearch: toSavedSearch(row) });
  });

  app.delete('/api/saved-searches/:id', validate('param', idParamSchema), (c) => {
    savedSearchRepository.delete(userId(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.get('/api/search/preferences', (c) => c.json({ preferences: savedSearchRepository.preferences(userId(c)) }));

  app.put('/api/search/preferences', validate('json', searchPreferencesSchema), (c) => {
    savedSearchRepository.setPreferences(userId(c), c.req.valid('json'));
    return c.json({ preferences: savedSearchRepository.preferences(userId(c)) });
  });
}
