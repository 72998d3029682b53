import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { can } from '../auth/roles.js';
import type { AppDatabase } from '../db/database.js';
import { contentDisposition } from '../documents/documents.download.js';
import type { DocumentFilterContributor, DocumentTextMatcher } from '../documents/documents.filters.js';
import { todayIso } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { validate } from '../shared/validation.js';
import type { DocumentCategoryLookup, ExportFormat } from './export.models.js';
import { exportDocumentList, exportSearchResults } from './export.usecases.js';
import { createSearchRepository } from './search.repository.js';
import { listExportQuerySchema, searchExportQuerySchema } from './search.schemas.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Downloads of a whole result set: a search's, or the document list's under its filter. */
export function registerExportRoutes(app: Hono<AppEnv>, { db, documentsRepository, documentFilter, documentTextMatcher, documentCategories }: {
  db: AppDatabase; documentsRepository: DocumentsRepository; documentFilter: DocumentFilterContributor; documentTextMatcher: DocumentTextMatcher;
  documentCategories: DocumentCategoryLookup;
}) {
  const searchRepository = createSearchRepository({ db });
  const file = ({ bytes, fileName }: { bytes: Buffer; fileName: string }, format: ExportFormat) => new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': CONTENT_TYPES[format], 'Content-Disposition': contentDisposition(fileName), 'Content-Length': String(bytes.length), 'X-Content-Type-Options': 'nosniff' },
  });

  app.get('/api/search/export', validate('query', searchExportQuerySchema), async (c) => {
    const user = c.get('auth')?.user ?? null;
    const input = c.req.valid('query');
    const categories = can(user?.role, 'review:read') ? documentCategories : null;
    const extra = documentFilter(c.req.query(), user);
    return file(await exportSearchResults({ input, format: input.format, extra, today: todayIso(), searchRepository, categories }), input.format);
  });

  app.get('/api/documents/export', validate('query', listExportQuerySchema), async (c) => {
    const user = c.get('auth')?.user ?? null;
    const input = c.req.valid('query');
    const categories = can(user?.role, 'review:read') ? documentCategories : null;
    const extra = documentFilter(c.req.query(), user);
    return file(await exportDocumentList({ input, format: input.format, extra, matchText: documentTextMatcher, today: todayIso(), documentsRepository, categories }), input.format);
  });
}
