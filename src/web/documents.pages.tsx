import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { can } from '../auth/roles.js';
import type { AppConfig } from '../config.js';
import type { AppDatabase } from '../db/database.js';
import type { DocumentFilterContributor, DocumentTextMatcher } from '../documents/documents.filters.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { comparePageQuerySchema, idParamSchema, listQuerySchema, textPageQuerySchema } from '../documents/documents.schemas.js';
import { createNotFoundError } from '../shared/errors.js';
import { compareDocuments, listDocuments } from '../documents/documents.usecases.js';
import { reviewFilterSchema } from '../review/review.document-filter.js';
import { visibleTo } from '../review/campaign.access.js';
import { createOcrRepository } from '../ingest/ocr/ocr.repository.js';
import { createReviewQueries } from '../review/review.queries.js';
import { createReviewRepository } from '../review/review.repository.js';
import type { SuggestionService } from '../review/suggestions/suggestions.usecases.js';
import { createSearchRepository } from '../search/search.repository.js';
import { findSimilarDocuments } from '../search/similar.usecases.js';
import { createSavedSearchRepository } from '../search/saved-search.repository.js';
import { toSavedSearch } from '../search/saved-search.usecases.js';
import { highlightTermsSchema } from '../search/search.schemas.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { parseWith, validate } from '../shared/validation.js';
import { DocumentComparePage } from './document-compare.page.js';
import { DocumentPage } from './document.page.js';
import { DocumentsListPage } from './documents-list.page.js';
import { HomePage } from './home.page.js';
import { createHomeInbox } from './inbox.pages.js';
import type { RefusedLastTime } from '../inbox/inbox.refused.js';
import { UploadPage } from './upload.page.js';
import { viewerOf } from './viewer.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { documentUnitsView } from '../units/units.usecases.js';
import { unitFilterSchema } from '../units/units.document-filter.js';

/** The inventory: home, upload, the document list and a document's page. */
export function registerDocumentsPages(app: Hono<AppEnv>, { db, config, documentsRepository, documentFilter, documentTextMatcher, suggestionService, refusedLastTime }: {
  db: AppDatabase; config: AppConfig; documentsRepository: DocumentsRepository; documentFilter: DocumentFilterContributor; documentTextMatcher: DocumentTextMatcher;
  suggestionService: SuggestionService; refusedLastTime: RefusedLastTime;
}) {
  const searchRepository = createSearchRepository({ db });
  const reviewRepository = createReviewRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });
  const trackingRepository = createTrackingRepository({ db });
  const ocrRepository = createOcrRepository({ db, documentsRepository });
  const unitsRepository = createUnitsRepository({ db });
  const savedSearchRepository = createSavedSearchRepository({ db });

  const homeInbox = createHomeInbox({ db, refusedLastTime });
  app.get('/', (c) => c.html(<HomePage documentCount={documentsRepository.countAll()} inbox={homeInbox(c.get('auth')?.user)} viewer={viewerOf(c)} />));

  app.get('/upload', (c) => c.html(<UploadPage maxFileMb={Math.round(config.maxFileBytes / 1048576)} viewer={viewerOf(c)} />));

  app.get('/documents', validate('query', listQuerySchema), (c) => {
    const viewer = viewerOf(c);
    const input = c.req.valid('query');
    const extra = documentFilter(c.req.query(), viewer?.user ?? null);
    const { documents, nextCursor, total } = listDocuments({ input, extra, today: todayIso(), documentsRepository, matchText: documentTextMatcher });
    return c.html(
      <DocumentsListPage
        query={{ ...input, ...parseWith(reviewFilterSchema, c.req.query()), ...parseWith(unitFilterSchema, c.req.query()) }}
        units={unitsRepository.list()}
        documents={documents}
        total={total}
        nextCursor={nextCursor}
        facets={documentsRepository.facets()}
        items={can(viewer?.user.role, 'review:read') ? trackingRepository.items() : null}
        saved={viewer ? savedSearchRepository.list(viewer.user.id).filter((s) => s.kind === 'documents').map(toSavedSearch) : []}
        viewer={viewer}
      />,
    );
  });

  // Registered before '/documents/:id', which would take "compare" for an id.
  app.get('/documents/compare', validate('query', comparePageQuerySchema), (c) => {
    const { from, to } = c.req.valid('query');
    const comparison = from && to ? compareDocuments({ fromId: from, toId: to, today: todayIso(), documentsRepository }) : null;
    // Written as the pickers offer them: versions share a title, their dates tell them apart.
    const pick = (id: number | undefined) => {
      const row = id ? documentsRepository.getById(id) : null;
      return row ? { id: row.id, title: `${row.title}${row.issuedOn ? `（${row.issuedOn}）` : ''}` } : null;
    };
    return c.html(<DocumentComparePage comparison={comparison} picked={{ from: pick(from), to: pick(to) }} viewer={viewerOf(c)} />);
  });

  app.get('/documents/:id', validate('param', idParamSchema), validate('query', textPageQuerySchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    const content = documentsRepository.getContentPage(id, c.req.valid('query').page);
    if (content.page > content.pageCount) throw createNotFoundError();
    const similar = findSimilarDocuments({ document: row, searchText: content.searchStart, limit: 5, searchRepository }).map((s) => s.document);
    const viewer = viewerOf(c);

    return c.html(<DocumentPage document={toDocumentSummary(row, todayIso())} overrides={row.overrides} evidence={row.evidence} content={content} similar={similar}
      relations={reviewQueries.relationsOf(id)} review={can(viewer?.user.role, 'review:read') ? reviewQueries.document(id, visibleTo(viewer?.user)) : null}
      historyLabels={{
        grounds: new Map(reviewRepository.grounds({ includeInactive: true }).map((g) => [g.id, g])),
        items: new Map(trackingRepository.items().map((item) => [item.id, item.name])),
      }}
      items={can(viewer?.user.role, 'tracking:read') ? trackingRepository.itemsOfDocument(id) : null} viewer={viewer}
      ocrPages={row.ocrState ? ocrRepository.listPages(id) : []} highlight={parseWith(highlightTermsSchema, c.req.queries('hl') ?? [])}
      revisedBy={revisedByOf(row.cleanupDetail?.revisedById ?? row.revisedById)}
      responsibleUnits={{ view: documentUnitsView(unitsRepository.unitsOfDocument(id)), units: can(viewer?.user.role, 'documents:units') ? unitsRepository.list() : null }} />);
  });

  /** The newer version named by a document's 时效性, as its page links it. */
  function revisedByOf(id: number | null | undefined) {
    const row = id ? documentsRepository.findById(id) : undefined;
    return row ? { id: row.id, title: row.title, issuedOn: row.issuedOn } : null;
  }
}
