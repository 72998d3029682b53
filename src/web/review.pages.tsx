import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { assertVisible, campaignUnitOf, ownerScope } from '../review/campaign.access.js';
import { createReviewQueries } from '../review/review.queries.js';
import { createBulkRepository } from '../review/bulk/bulk.repository.js';
import { createReviewRepository } from '../review/review.repository.js';
import { dispositionFilterSchema, roundPageQuerySchema } from '../review/review.schemas.js';
import { roundHistory } from '../review/review.usecases.js';
import type { SuggestionService } from '../review/suggestions/suggestions.usecases.js';
import { validate } from '../shared/validation.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { DispositionPage } from './disposition.page.js';
import { filterOf, filterQueryString, ReviewRoundPage } from './review-round.page.js';
import { ReviewRoundsPage } from './review-rounds.page.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { viewerOf } from './viewer.js';

const HISTORY_PAGE = 50;

/** The review: rounds, a round's dispositions and dashboard, one disposition. */
export function registerReviewPages(app: Hono<AppEnv>, { db, documentsRepository, suggestionService }: {
  db: AppDatabase; documentsRepository: DocumentsRepository; suggestionService: SuggestionService;
}) {
  const reviewRepository = createReviewRepository({ db });
  const unitsRepository = createUnitsRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });
  const trackingRepository = createTrackingRepository({ db });
  const bulkRepository = createBulkRepository({ db });

  app.get('/review', (c) => c.html(<ReviewRoundsPage rounds={reviewQueries.rounds(campaignUnitOf(viewerOf(c)?.user))} facets={documentsRepository.facets()} viewer={viewerOf(c)} />));

  app.get('/review/:id', validate('param', idParamSchema), validate('query', roundPageQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const query = c.req.valid('query');
    const ownerUnitId = ownerScope(viewerOf(c)?.user, round);
    const { counts, missingInScope } = reviewQueries.overview(round, ownerUnitId);
    const reader = { userId: viewerOf(c)?.user.id ?? null };
    const { total, dispositions } = reviewQueries.list(round.id, { ...query, ownerUnitId }, reader);
    const { history, nextBefore } = roundHistory({ roundId: round.id, limit: HISTORY_PAGE, before: query.historyBefore, ownerUnitId, reviewRepository });
    return c.html(<ReviewRoundPage round={round} units={unitsRepository.list()} counts={counts} missingInScope={missingInScope} query={query} total={total} dispositions={dispositions}
      grounds={reviewRepository.grounds({ includeInactive: true })} items={trackingRepository.items()} viewer={viewerOf(c)}
      history={{ entries: history, nextBefore }} refusedCount={reader.userId === null ? 0 : bulkRepository.refusedCount(reader.userId, round.id)} />);
  });

  app.get('/review/dispositions/:id', validate('param', idParamSchema), validate('query', dispositionFilterSchema), (c) => {
    const row = reviewRepository.getDisposition(c.req.valid('param').id);
    const round = reviewRepository.getRound(row.roundId);
    assertVisible(viewerOf(c)?.user, round, row);
    const detail = reviewQueries.detail(row.id);
    // The list's filter travels in the query string: previous and next are those of the list it was opened from.
    const filter = filterOf(c.req.valid('query'));
    const neighbours = reviewQueries.neighbours(row.roundId, row.id, { ...filter, ownerUnitId: ownerScope(viewerOf(c)?.user, round) }, { userId: viewerOf(c)?.user.id ?? null });
    const documentId = detail.disposition.documentId;
    // What a document cites, repeals or replaces is what its legal basis is usually drawn from.
    const relations = documentId !== null ? reviewQueries.relationsOf(documentId) : null;
    const basisCandidates = relations
      ? [...relations.cites.flatMap((cited) => cited.documents.slice(-1)), ...relations.versions, ...relations.repealedBy].filter((d) => d !== null)
      : [];
    const textId = documentId ?? detail.disposition.draftDocumentId;
    const text = textId === null ? null : {
      documentId: textId, isDraft: documentId === null, title: documentsRepository.getById(textId).title, page: documentsRepository.getContentPage(textId, 1),
    };
    return c.html(<DispositionPage units={unitsRepository.list()} detail={detail} round={reviewRepository.getRound(detail.disposition.roundId)} basisCandidates={basisCandidates}
      grounds={reviewRepository.grounds({ includeInactive: true })} items={trackingRepository.items()} text={text} viewer={viewerOf(c)}
      listPosition={{ ...neighbours, search: filterQueryString(filter) }} />);
  });
}
