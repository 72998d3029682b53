import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import { validate } from '../shared/validation.js';
import { z } from '../shared/zod.js';
import { campaignOverview } from './campaign.queries.js';
import { createCampaignRepository } from './campaign.repository.js';
import {
  acceptSuggestionsSchema, amendSchema, launchCampaignSchema, ownerSchema, remindSchema, reportSchema, reviewActionSchema, roundUnitParamSchema,
  unitPatchSchema, unitProposalSchema, unitReturnSchema,
} from './campaign.schemas.js';
import {
  acceptOwnSuggestions, amendUnitItem, launchCampaign, proposeNewRule, reassignOwner, remindUnit, reportUnitList, returnUnitList, reviewUnitItems,
  updateOwnDisposition,
} from './campaign.usecases.js';
import { createReviewQueries } from './review.queries.js';
import { createReviewRepository } from './review.repository.js';
import type { SuggestionService } from './suggestions/suggestions.usecases.js';

const overviewQuerySchema = z.object({ unit: z.coerce.number().int().positive().optional() });

/** 谁制定、谁清理: launching a campaign, the departments' proposals and 报送, the legal office's review, the dashboard. */
export function registerCampaignRoutes(app: Hono<AppEnv>, { db, suggestionService }: { db: AppDatabase; suggestionService: SuggestionService }) {
  const reviewRepository = createReviewRepository({ db });
  const campaignRepository = createCampaignRepository({ db });
  const reviewQueries = createReviewQueries({ reviewRepository, suggestionService });
  const deps = { reviewRepository, campaignRepository };

  app.get('/api/campaign/rounds/:id', validate('param', idParamSchema), validate('query', overviewQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json(campaignOverview({ round, actor: currentAuth(c).user, unitId: c.req.valid('query').unit, reviewQueries, ...deps }));
  });

  app.post('/api/campaign/rounds/:id/launch', validate('param', idParamSchema), validate('json', launchCampaignSchema), (c) => {
    return c.json(launchCampaign({ roundId: c.req.valid('param').id, ...c.req.valid('json'), actor: currentAuth(c).user, ...deps }));
  });

  app.put('/api/campaign/dispositions/:id/owner', validate('param', idParamSchema), validate('json', ownerSchema), (c) => {
    const row = reassignOwner({ id: c.req.valid('param').id, unitId: c.req.valid('json').unitId, actor: currentAuth(c).user, ...deps });
    return c.json(reviewQueries.detail(row.id));
  });

  app.patch('/api/campaign/dispositions/:id', validate('param', idParamSchema), validate('json', unitPatchSchema), (c) => {
    const row = updateOwnDisposition({ id: c.req.valid('param').id, patch: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json(reviewQueries.detail(row.id));
  });

  app.post('/api/campaign/dispositions/accept-suggestions', validate('json', acceptSuggestionsSchema), (c) => {
    return c.json(acceptOwnSuggestions({ ids: c.req.valid('json').ids, actor: currentAuth(c).user, reviewRepository, suggestionService }));
  });

  app.post('/api/campaign/rounds/:id/proposals', validate('param', idParamSchema), validate('json', unitProposalSchema), (c) => {
    const row = proposeNewRule({ roundId: c.req.valid('param').id, proposal: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json(reviewQueries.detail(row.id), 201);
  });

  app.post('/api/campaign/rounds/:id/report', validate('param', idParamSchema), validate('json', reportSchema), (c) => {
    return c.json(reportUnitList({ roundId: c.req.valid('param').id, statement: c.req.valid('json').statement, actor: currentAuth(c).user, ...deps }));
  });

  app.post('/api/campaign/dispositions/review', validate('json', reviewActionSchema), (c) => {
    return c.json(reviewUnitItems({ action: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository }));
  });

  app.post('/api/campaign/dispositions/:id/amend', validate('param', idParamSchema), validate('json', amendSchema), (c) => {
    const row = amendUnitItem({ id: c.req.valid('param').id, input: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json(reviewQueries.detail(row.id));
  });

  app.post('/api/campaign/rounds/:id/units/:unitId/return', validate('param', roundUnitParamSchema), validate('json', unitReturnSchema), (c) => {
    const { id, unitId } = c.req.valid('param');
    return c.json(returnUnitList({ roundId: id, unitId, comment: c.req.valid('json').comment, actor: currentAuth(c).user, ...deps }));
  });

  app.post('/api/campaign/rounds/:id/units/:unitId/remind', validate('param', roundUnitParamSchema), validate('json', remindSchema), (c) => {
    const { id, unitId } = c.req.valid('param');
    return c.json({ reminder: remindUnit({ roundId: id, unitId, message: c.req.valid('json').message, actor: currentAuth(c).user, ...deps }) }, 201);
  });
}
