import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import { createChecklistRepository } from '../checklist/checklist.repository.js';
import { checklistPageQuerySchema, checklistQuerySchema } from '../checklist/checklist.schemas.js';
import { compareVersions, generateChecklist, previewChecklist } from '../checklist/checklist.usecases.js';
import { createPublicationRepository } from '../checklist/publication.repository.js';
import { publicationOf } from '../checklist/publication.usecases.js';
import type { AppDatabase } from '../db/database.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { campaignUnitOf } from '../review/campaign.access.js';
import { createReviewQueries } from '../review/review.queries.js';
import { createReviewRepository } from '../review/review.repository.js';
import type { SuggestionService } from '../review/suggestions/suggestions.usecases.js';
import { validate } from '../shared/validation.js';
import { ChecklistPrintPage } from './checklist-print.page.js';
import { ChecklistPage, ChecklistRoundsPage } from './checklist.page.js';
import { PublicationPage } from './publication.page.js';
import { viewerOf } from './viewer.js';

/** The checklist: rounds, a round's checklist with its versions, the print view, the publication of the result. */
export function registerChecklistPages(app: Hono<AppEnv>, { db, suggestionService }: { db: AppDatabase; suggestionService: SuggestionService }) {
  const reviewRepository = createReviewRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });
  const checklistRepository = createChecklistRepository({ db });
  const publicationRepository = createPublicationRepository({ db });

  app.get('/checklist', (c) => c.html(<ChecklistRoundsPage rounds={reviewQueries.rounds(campaignUnitOf(viewerOf(c)?.user))} viewer={viewerOf(c)} />));

  app.get('/checklist/:id', validate('param', idParamSchema), validate('query', checklistPageQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const { all, category, from, to } = c.req.valid('query');
    const comparison = from && to ? compareVersions({ fromId: from, toId: to, roundId: round.id, checklistRepository }) : null;
    return c.html(<ChecklistPage round={round} checklist={previewChecklist({ round, options: { includeUnapproved: all }, checklistRepository })}
      category={category} versions={checklistRepository.versions(round.id)} comparison={comparison} viewer={viewerOf(c)} />);
  });

  app.get('/checklist/:id/publication', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.html(<PublicationPage publication={publicationOf({ round, publicationRepository })} viewer={viewerOf(c)} />);
  });

  // Printing is generating: the print view is recorded as a version like a download.
  app.get('/checklist/:id/print', validate('param', idParamSchema), validate('query', checklistQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const { checklist, version } = generateChecklist({ round, options: { includeUnapproved: c.req.valid('query').all }, actor: currentAuth(c).user, checklistRepository });
    return c.html(<ChecklistPrintPage checklist={checklist} versionId={version.id} />);
  });
}
