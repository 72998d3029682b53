import type { Hono } from 'hono';
import type { AppServices } from '../app.js';
import type { AppEnv } from '../app.types.js';
import { createAuditRepository } from '../audit/audit.repository.js';
import { toPublicUser } from '../auth/auth.models.js';
import { createAuthRepository } from '../auth/auth.repository.js';
import { auditQuerySchema } from '../auth/auth.schemas.js';
import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import { createDocumentsRepository } from '../documents/documents.repository.js';
import { toListQuery } from '../documents/documents.routes.js';
import { idParamSchema, listQuerySchema } from '../documents/documents.schemas.js';
import { toSearchFilters, toSearchResult } from '../search/search.models.js';
import { createSearchRepository } from '../search/search.repository.js';
import { searchPageQuerySchema } from '../search/search.schemas.js';
import { searchDocuments } from '../search/search.usecases.js';
import { findSimilarDocuments } from '../search/similar.usecases.js';
import { createChecklistRepository } from '../checklist/checklist.repository.js';
import { checklistQuerySchema } from '../checklist/checklist.schemas.js';
import { compareVersions, generateChecklist, previewChecklist } from '../checklist/checklist.usecases.js';
import { currentAuth } from '../auth/auth.routes.js';
import { CATEGORIES } from '../review/review.table.js';
import { toHistoryView } from '../review/review.models.js';
import { dueItems } from '../tracking/tracking.models.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { dashboardQuerySchema, dueQuerySchema } from '../tracking/tracking.schemas.js';
import { trackingDashboard, trackingItemDetail } from '../tracking/tracking.usecases.js';
import { createReviewQueries } from '../review/review.queries.js';
import { createReviewRepository } from '../review/review.repository.js';
import { dispositionListQuerySchema } from '../review/review.schemas.js';
import { can } from '../auth/roles.js';
import { assertMayFilterByReview } from '../review/review.access.js';
import { validate } from '../shared/validation.js';
import { z } from '../shared/zod.js';
import { AuditPage } from './audit.page.js';
import { DocumentPage } from './document.page.js';
import { ChecklistPrintPage } from './checklist-print.page.js';
import { ChecklistPage, ChecklistRoundsPage } from './checklist.page.js';
import { DispositionPage } from './disposition.page.js';
import { DocumentsListPage } from './documents-list.page.js';
import { HomePage } from './home.page.js';
import { PasswordPage } from './password.page.js';
import { ReviewRoundPage } from './review-round.page.js';
import { ReviewRoundsPage } from './review-rounds.page.js';
import { SearchPage } from './search.page.js';
import { SignInPage } from './sign-in.page.js';
import { TrackingItemPage } from './tracking-item.page.js';
import { TrackingPage } from './tracking.page.js';
import { UploadPage } from './upload.page.js';
import { UsersPage } from './users.page.js';
import { viewerOf } from './viewer.js';

/** Server-rendered pages; they read through the same repository as the API, and edit through the API. */
export function registerWebRoutes(app: Hono<AppEnv>, { db, config, suggestionService }: AppServices) {
  const documentsRepository = createDocumentsRepository({ db });
  const authRepository = createAuthRepository({ db });
  const auditRepository = createAuditRepository({ db });
  const searchRepository = createSearchRepository({ db });
  const reviewRepository = createReviewRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });
  const checklistRepository = createChecklistRepository({ db });
  const trackingRepository = createTrackingRepository({ db });

  // Without a query the page shows the empty form; with one, the results, so a search URL can be shared.
  app.get('/search', validate('query', searchPageQuerySchema), (c) => {
    const query = c.req.valid('query');
    assertMayFilterByReview(c, query);
    const today = todayIso();
    const found = query.q
      ? searchDocuments({
        query: query.q, sort: query.sort, limit: query.limit, filters: toSearchFilters(query, today), literal: query.literal === '1',
        searchRepository, textsOf: documentsRepository.getTextsAndStructure,
      })
      : null;
    const viewer = viewerOf(c);
    return c.html(<SearchPage query={query} reading={found?.reading ?? null} total={found?.total ?? null} results={found?.hits.map((hit) => toSearchResult(hit, today)) ?? []}
      facets={found?.facets ?? null} items={can(viewer?.user.role, 'review:read') ? trackingRepository.items() : null} viewer={viewer} />);
  });

  // Only a path on this site is followed after signing in, never another host.
  const nextSchema = z.object({ next: z.string().regex(/^\/(?!\/)[^\\]*$/).max(500).catch('/').default('/') });
  app.get('/sign-in', validate('query', nextSchema), (c) => c.html(<SignInPage next={c.req.valid('query').next} />));
  app.get('/account/password', (c) => c.html(<PasswordPage viewer={viewerOf(c)} />));
  app.get('/admin/users', (c) => c.html(<UsersPage users={authRepository.listUsers().map(toPublicUser)} viewer={viewerOf(c)} />));
  app.get('/admin/audit', validate('query', auditQuerySchema), (c) => {
    const { before, limit } = c.req.valid('query');
    const events = auditRepository.list({ before, limit });
    return c.html(<AuditPage events={events} nextBefore={events.length === limit ? events.at(-1)!.id : null} viewer={viewerOf(c)} />);
  });

  app.get('/', (c) => c.html(<HomePage documentCount={documentsRepository.countAll()} viewer={viewerOf(c)} />));

  app.get('/upload', (c) => c.html(<UploadPage maxFileMb={Math.round(config.maxFileBytes / 1048576)} viewer={viewerOf(c)} />));

  app.get('/documents', validate('query', listQuerySchema), (c) => {
    const today = todayIso();
    const input = c.req.valid('query');
    assertMayFilterByReview(c, input);
    const query = toListQuery(input, today);
    const { rows, nextCursor } = documentsRepository.list(query);
    return c.html(
      <DocumentsListPage
        query={input}
        documents={rows.map((row) => toDocumentSummary(row, today))}
        total={documentsRepository.count(query)}
        nextCursor={nextCursor}
        facets={documentsRepository.facets()}
        items={can(viewerOf(c)?.user.role, 'review:read') ? trackingRepository.items() : null}
        viewer={viewerOf(c)}
      />,
    );
  });

  app.get('/documents/:id', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const row = documentsRepository.getById(id);
    const content = documentsRepository.getContent(id);
    const similar = findSimilarDocuments({ document: row, searchText: content.searchText, limit: 5, searchRepository }).map((s) => s.document);
    const viewer = viewerOf(c);

    return c.html(<DocumentPage document={toDocumentSummary(row, todayIso())} overrides={row.overrides} content={content} similar={similar}
      relations={reviewQueries.relationsOf(id)} review={can(viewer?.user.role, 'review:read') ? reviewQueries.document(id) : null}
      historyLabels={{
        grounds: new Map(reviewRepository.grounds({ includeInactive: true }).map((g) => [g.id, g])),
        items: new Map(trackingRepository.items().map((item) => [item.id, item.name])),
      }}
      items={can(viewer?.user.role, 'tracking:read') ? trackingRepository.itemsOfDocument(id) : null} viewer={viewer} />);
  });

  app.get('/review', (c) => c.html(<ReviewRoundsPage rounds={reviewQueries.rounds()} facets={documentsRepository.facets()} viewer={viewerOf(c)} />));

  const roundPageQuerySchema = dispositionListQuerySchema.extend({ historyBefore: z.coerce.number().int().positive().optional().catch(undefined) });
  const HISTORY_PAGE = 50;
  app.get('/review/:id', validate('param', idParamSchema), validate('query', roundPageQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const query = c.req.valid('query');
    const { counts, missingInScope } = reviewQueries.overview(round);
    const { total, dispositions } = reviewQueries.list(round.id, query);
    const entries = reviewRepository.historyOfRound(round.id, { limit: HISTORY_PAGE, before: query.historyBefore })
      .map(({ history, title }) => ({ ...toHistoryView(history), title }));
    return c.html(<ReviewRoundPage round={round} counts={counts} missingInScope={missingInScope} query={query} total={total} dispositions={dispositions}
      grounds={reviewRepository.grounds({ includeInactive: true })} items={trackingRepository.items()} viewer={viewerOf(c)}
      history={{ entries, nextBefore: entries.length === HISTORY_PAGE ? entries.at(-1)!.id : null }} />);
  });

  app.get('/review/dispositions/:id', validate('param', idParamSchema), (c) => {
    const detail = reviewQueries.detail(c.req.valid('param').id);
    const documentId = detail.disposition.documentId;
    // What a document cites, repeals or replaces is what its legal basis is usually drawn from.
    const relations = documentId !== null ? reviewQueries.relationsOf(documentId) : null;
    const basisCandidates = relations
      ? [...relations.cites.flatMap((cited) => cited.documents.slice(-1)), ...relations.versions, ...relations.repealedBy].filter((d) => d !== null)
      : [];
    return c.html(<DispositionPage detail={detail} round={reviewRepository.getRound(detail.disposition.roundId)} basisCandidates={basisCandidates}
      grounds={reviewRepository.grounds({ includeInactive: true })} items={trackingRepository.items()} viewer={viewerOf(c)} />);
  });

  app.get('/checklist', (c) => c.html(<ChecklistRoundsPage rounds={reviewQueries.rounds()} viewer={viewerOf(c)} />));

  const checklistPageSchema = checklistQuerySchema.extend({
    category: z.enum(CATEGORIES).optional().catch(undefined),
    from: z.coerce.number().int().positive().optional().catch(undefined),
    to: z.coerce.number().int().positive().optional().catch(undefined),
  });
  app.get('/checklist/:id', validate('param', idParamSchema), validate('query', checklistPageSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const { all, category, from, to } = c.req.valid('query');
    const comparison = from && to ? compareVersions({ fromId: from, toId: to, roundId: round.id, checklistRepository }) : null;
    return c.html(<ChecklistPage round={round} checklist={previewChecklist({ round, options: { includeUnapproved: all }, checklistRepository })}
      category={category} versions={checklistRepository.versions(round.id)} comparison={comparison} viewer={viewerOf(c)} />);
  });

  // Printing is generating: the print view is recorded as a version like a download.
  app.get('/checklist/:id/print', validate('param', idParamSchema), validate('query', checklistQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const { checklist, version } = generateChecklist({ round, options: { includeUnapproved: c.req.valid('query').all }, actor: currentAuth(c).user, checklistRepository });
    return c.html(<ChecklistPrintPage checklist={checklist} versionId={version.id} />);
  });

  app.get('/tracking', validate('query', dashboardQuerySchema.merge(dueQuerySchema)), (c) => {
    const { unit, days } = c.req.valid('query');
    const today = todayIso();
    const dashboard = trackingDashboard({ trackingRepository, unit, today });
    return c.html(<TrackingPage dashboard={dashboard} unit={unit} due={dueItems(dashboard.items, today, days)} days={days} viewer={viewerOf(c)} />);
  });

  app.get('/tracking/items/:id', validate('param', idParamSchema), (c) => {
    const detail = trackingItemDetail({ itemId: c.req.valid('param').id, trackingRepository, searchRepository, documentsRepository });
    return c.html(<TrackingItemPage {...detail} today={todayIso()} viewer={viewerOf(c)} />);
  });
}
