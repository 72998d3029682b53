import type { Hono } from 'hono';
import type { AppDependencies } from '../app.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import { createDocumentsRepository } from '../documents/documents.repository.js';
import { toListQuery } from '../documents/documents.routes.js';
import { idParamSchema, listQuerySchema } from '../documents/documents.schemas.js';
import { validate } from '../shared/validation.js';
import { DocumentPage } from './document.page.js';
import { DocumentsListPage } from './documents-list.page.js';
import { HomePage } from './home.page.js';
import { UploadPage } from './upload.page.js';

/** Server-rendered pages; they read through the same repository as the API, and edit through the API. */
export function registerWebRoutes(app: Hono, { db, config }: AppDependencies) {
  const documentsRepository = createDocumentsRepository({ db });

  app.get('/', (c) => c.html(<HomePage documentCount={documentsRepository.countAll()} />));

  app.get('/upload', (c) => c.html(<UploadPage maxFileMb={Math.round(config.maxFileBytes / 1048576)} />));

  app.get('/documents', validate('query', listQuerySchema), (c) => {
    const today = todayIso();
    const input = c.req.valid('query');
    const query = toListQuery(input, today);
    const { rows, nextCursor } = documentsRepository.list(query);
    return c.html(
      <DocumentsListPage
        query={input}
        documents={rows.map((row) => toDocumentSummary(row, today))}
        total={documentsRepository.count(query)}
        nextCursor={nextCursor}
        facets={documentsRepository.facets()}
      />,
    );
  });

  app.get('/documents/:id', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    return c.html(<DocumentPage document={toDocumentSummary(row, todayIso())} overrides={row.overrides} content={documentsRepository.getContent(id)} />);
  });
}
