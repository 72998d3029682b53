import type { Actor } from '../auth/auth.models.js';
import { todayIso } from '../documents/documents.models.js';
import { ownerScope } from './campaign.access.js';
import { campaignTotals, toCampaignLines } from './campaign.models.js';
import type { CampaignRepository } from './campaign.repository.js';
import { toRoundCounts } from './review.models.js';
import type { ReviewQueries } from './review.queries.js';
import type { ReviewRepository } from './review.repository.js';
import type { ReviewRoundRow } from './review.table.js';

/**
 * The campaign dashboard as the page and the API show it: a line per unit, the round's progress by category,
 * the units' reports, returns and reminders; with `unitId`, that unit's items. A department sees only its own
 * unit, whatever it asks for.
 */
export function campaignOverview({ round, actor, unitId, reviewRepository, campaignRepository, reviewQueries, now = new Date() }: {
  round: ReviewRoundRow; actor: Actor | null; unitId?: number; reviewRepository: ReviewRepository; campaignRepository: CampaignRepository;
  reviewQueries: ReviewQueries; now?: Date;
}) {
  const scope = ownerScope(actor, round);
  const counts = campaignRepository.countsByOwner(round.id, scope);
  const events = campaignRepository.events(round.id, scope);
  const names = campaignRepository.unitNames([...new Set([...counts.map((c) => c.unitId), ...events.map((e) => e.unitId)].filter((id): id is number => id !== null))]);
  const lines = toCampaignLines({ counts, names, events, submitBy: round.submitBy, today: todayIso(now) });
  const shownUnit = scope ?? unitId;
  return {
    round: { id: round.id, name: round.name, mode: round.mode, submitBy: round.submitBy, startsOn: round.startsOn, endsOn: round.endsOn },
    lines,
    totals: campaignTotals(lines),
    counts: toRoundCounts(reviewRepository.roundCounts(round.id, scope)),
    events: events.map((event) => ({ ...event, unit: names.get(event.unitId) ?? `单位 ${event.unitId}` })),
    unit: shownUnit === undefined ? null : {
      id: shownUnit,
      name: names.get(shownUnit) ?? campaignRepository.unitNames([shownUnit]).get(shownUnit) ?? '',
      dispositions: reviewQueries.list(round.id, { ownerUnitId: shownUnit, offset: 0, limit: 500 }).dispositions,
    },
  };
}
export type CampaignOverview = ReturnType<typeof campaignOverview>;
