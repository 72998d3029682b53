import type { Hono } from 'hono';
import type { Actor } from '../auth/auth.models.js';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { idParamSchema } from '../documents/documents.schemas.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { validate } from '../shared/validation.js';
import { assertVisible, campaignUnitOf, ownerScope, visibleTo } from './campaign.access.js';
import { createRoundPublishedError } from './review.errors.js';
import { createReviewQueries } from './review.queries.js';
import { createReviewRepository } from './review.repository.js';
import type { SuggestionService } from './suggestions/suggestions.usecases.js';
import {
  createGroundSchema, createProposalSchema, createRoundSchema, decideActionSchema, dispositionListQuerySchema, dispositionPatchSchema,
  historyQuerySchema, proposeActionSchema, updateGroundSchema, type Selection,
} from './review.schemas.js';
import { addGround, changeGround, createProposal, createRound, decisionSteps, proposalSteps, roundHistory, updateDisposition } from './review.usecases.js';
import { createBulkRepository } from './bulk/bulk.repository.js';
import { respondWithBulk } from './bulk/bulk.routes.js';
import { resolveSelection, runBulk } from './bulk/bulk.usecases.js';


export function registerReviewRoutes(app: Hono<AppEnv>, { db, suggestionService, documentsRepository }: {
  db: AppDatabase; suggestionService: SuggestionService; documentsRepository: DocumentsRepository;
}) {
  const reviewRepository = createReviewRepository({ db });
  const queries = createReviewQueries({ reviewRepository, suggestionService });
  const bulkRepository = createBulkRepository({ db });

  app.get('/api/review/rounds', (c) => c.json({ rounds: queries.rounds(campaignUnitOf(currentAuth(c).user)) }));

  app.post('/api/review/rounds', validate('json', createRoundSchema), (c) => {
    const { round, added } = createRound({ ...c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json({ round, added }, 201);
  });

  app.get('/api/review/rounds/:id', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json(queries.overview(round, ownerScope(currentAuth(c).user, round)));
  });

  app.post('/api/review/rounds/:id/add-documents', validate('param', idParamSchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    if (round.publishedAt) throw createRoundPublishedError();
    return c.json({ added: reviewRepository.addDocumentsInScope(round, new Date()) });
  });

  app.get('/api/review/rounds/:id/dispositions', validate('param', idParamSchema), validate('query', dispositionListQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json(queries.list(round.id, { ...c.req.valid('query'), ownerUnitId: ownerScope(currentAuth(c).user, round) }, { userId: currentAuth(c).user.id }));
  });

  app.post('/api/review/rounds/:id/proposals', validate('param', idParamSchema), validate('json', createProposalSchema), (c) => {
    const row = createProposal({ roundId: c.req.valid('param').id, proposal: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json(queries.detail(row.id), 201);
  });

  app.get('/api/review/rounds/:id/history', validate('param', idParamSchema), validate('query', historyQuerySchema), (c) => {
    const round = reviewRepository.getRound(c.req.valid('param').id);
    return c.json(roundHistory({ roundId: round.id, ...c.req.valid('query'), ownerUnitId: ownerScope(currentAuth(c).user, round), reviewRepository }));
  });

  app.get('/api/review/dispositions/:id', validate('param', idParamSchema), (c) => {
    const row = reviewRepository.getDisposition(c.req.valid('param').id);
    assertVisible(currentAuth(c).user, reviewRepository.getRound(row.roundId), row);
    return c.json(queries.detail(row.id));
  });

  app.patch('/api/review/dispositions/:id', validate('param', idParamSchema), validate('json', dispositionPatchSchema), (c) => {
    const row = updateDisposition({ id: c.req.valid('param').id, patch: c.req.valid('json'), actor: currentAuth(c).user, reviewRepository });
    return c.json(queries.detail(row.id));
  });

  /** The items a bulk action names: its `ids`, or the round page's selection resolved here. */
  const targetOf = (action: { ids?: number[]; selection?: Selection }, actor: Actor | null) =>
    action.ids ?? resolveSelection({ selection: action.selection!, actor, reviewRepository, reviewQueries: queries });

  /** A round page's run (a selection) is remembered for its user and round: 上次未能处理的. */
  const remembered = (action: { selection?: Selection }, actor: Actor) => (action.selection ? { userId: actor.id, roundId: action.selection.roundId } : null);

  app.post('/api/review/dispositions/propose', validate('json', proposeActionSchema), (c) => {
    const action = c.req.valid('json');
    const actor = currentAuth(c).user;
    const steps = proposalSteps({ action, ids: targetOf(action, actor), actor, reviewRepository, suggestionService });
    return respondWithBulk(c, (onProgress, pause) => runBulk({ action: action.action, steps, rememberFor: remembered(action, actor), bulkRepository, onProgress, pause }));
  });

  app.post('/api/review/dispositions/decide', validate('json', decideActionSchema), (c) => {
    const action = c.req.valid('json');
    const actor = currentAuth(c).user;
    const steps = decisionSteps({ action, ids: targetOf(action, actor), actor, reviewRepository });
    return respondWithBulk(c, (onProgress, pause) => runBulk({ action: action.action, steps, rememberFor: remembered(action, actor), bulkRepository, onProgress, pause }));
  });

  app.get('/api/review/documents/:id', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    documentsRepository.getById(id);
    return c.json({ ...queries.document(id, visibleTo(currentAuth(c).user)), relations: queries.relationsOf(id) });
  });

  app.get('/api/review/grounds', (c) => c.json({ grounds: reviewRepository.grounds({ includeInactive: c.req.query('all') === '1' }) }));

  app.post('/api/review/grounds', validate('json', createGroundSchema), (c) => c.json({ ground: addGround({ ground: c.req.valid('json'), reviewRepository }) }, 201));

  app.patch('/api/review/grounds/:id', validate('param', idParamSchema), validate('json', updateGroundSchema), (c) => {
    return c.json({ ground: changeGround({ id: c.req.valid('param').id, changes: c.req.valid('json'), reviewRepository }) });
  });
}
