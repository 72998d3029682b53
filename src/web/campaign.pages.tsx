import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { campaignOverview } from '../review/campaign.queries.js';
import { createCampaignRepository } from '../review/campaign.repository.js';
import { createReviewQueries } from '../review/review.queries.js';
import { createReviewRepository } from '../review/review.repository.js';
import type { SuggestionService } from '../review/suggestions/suggestions.usecases.js';
import { validate } from '../shared/validation.js';
import { z } from '../shared/zod.js';
import { CampaignPage } from './campaign.page.js';
import { viewerOf } from './viewer.js';

const pageQuerySchema = z.object({ unit: z.coerce.number().int().positive().optional().catch(undefined) });

/** The campaign page (谁制定、谁清理): the same overview as `GET /api/campaign/rounds/:id`. */
export function registerCampaignPages(app: Hono<AppEnv>, { db, suggestionService }: { db: AppDatabase; suggestionService: SuggestionService }) {
  const reviewRepository = createReviewRepository({ db });
  const campaignRepository = createCampaignRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });

  app.get('/campaign/:id', validate('param', idParamSchema), validate('query', pageQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    const viewer = viewerOf(c);
    const overview = campaignOverview({ round, actor: viewer?.user ?? null, unitId: c.req.valid('query').unit, reviewRepository, campaignRepository, reviewQueries });
    return c.html(<CampaignPage overview={overview} grounds={reviewRepository.grounds({ includeInactive: true })} units={campaignRepository.activeUnits()} viewer={viewer} />);
  });
}
