import type { Context, Hono, Next } from 'hono';
import { createForbiddenError } from '../auth/auth.errors.js';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { ownerScope } from '../review/campaign.access.js';
import { createReviewRepository } from '../review/review.repository.js';
import { createChecklistRepository } from './checklist.repository.js';
import { createPublicationRepository } from './publication.repository.js';

/** What the call finds, or undefined when it throws (a missing round or version: the route answers that itself). */
function orUndefined<T>(find: () => T): T | undefined {
  try {
    return find();
  } catch {
    return undefined;
  }
}

/**
 * A campaign round's checklist and publication hold every unit's decisions; a department sees only its own
 * unit's until the result is published (then it is public). Registered before the checklist's and the
 * publication's routes and pages, so none of them (preview, exports, print, versions, page) can leak it.
 */
export function registerCampaignChecklistGuard(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const reviewRepository = createReviewRepository({ db });
  const checklistRepository = createChecklistRepository({ db });
  const publicationRepository = createPublicationRepository({ db });

  function check(c: Context<AppEnv>, roundIds: number[]) {
    const actor = c.get('auth')?.user;
    for (const roundId of roundIds) {
      const round = orUndefined(() => reviewRepository.getRound(roundId));
      if (!round || ownerScope(actor, round) === undefined || publicationRepository.get(round.id)?.publishedAt) continue;
      throw createForbiddenError({ message: '清理结果公布前，部门只能查看本单位的清理意见（见清理工作进度页面）' });
    }
  }

  async function byRoundParam(c: Context<AppEnv>, next: Next) {
    const id = Number(c.req.param('id'));
    if (Number.isInteger(id) && id > 0) check(c, [id]);
    await next();
  }

  for (const path of ['/api/checklist/rounds/:id', '/api/checklist/rounds/:id/*', '/checklist/:id', '/checklist/:id/*', '/api/publication/rounds/:id', '/api/publication/rounds/:id/*']) {
    app.use(path, byRoundParam);
  }
  app.use('/api/checklist/compare', async (c, next) => {
    const ids = [c.req.query('from'), c.req.query('to')].map(Number).filter((id) => Number.isInteger(id) && id > 0);
    check(c, ids.flatMap((id) => orUndefined(() => checklistRepository.getVersion(id))?.roundId ?? []));
    await next();
  });
}
