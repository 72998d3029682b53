import type { Actor } from '../auth/auth.models.js';
import { createDispositionNotFoundError } from './review.errors.js';
import type { DispositionRow, ReviewRoundRow } from './review.table.js';

/**
 * In a campaign round a department sees only what its own unit owns: the unit whose dispositions it may
 * see, or undefined when the actor sees the whole round (the legal office, leaders, any office-mode round).
 * A department account without a unit sees nothing of a campaign (-1 matches no unit).
 */
export function ownerScope(actor: Pick<Actor, 'role' | 'unitId'> | null | undefined, round: Pick<ReviewRoundRow, 'mode'>): number | undefined {
  if (actor?.role !== 'department' || round.mode !== 'campaign') return undefined;
  return actor.unitId ?? -1;
}

/** Another unit's disposition is, to a department, as if it did not exist (404, not 403: nothing is revealed). */
export function assertVisible(actor: Pick<Actor, 'role' | 'unitId'> | null | undefined, round: Pick<ReviewRoundRow, 'mode'>, row: Pick<DispositionRow, 'ownerUnitId'>) {
  const scope = ownerScope(actor, round);
  if (scope !== undefined && row.ownerUnitId !== scope) throw createDispositionNotFoundError();
}

/** Whether the actor may see this disposition of that round (the document page's review across rounds). */
export function visibleTo(actor: Pick<Actor, 'role' | 'unitId'> | null | undefined) {
  return (round: Pick<ReviewRoundRow, 'mode'>, row: Pick<DispositionRow, 'ownerUnitId'>) => {
    const scope = ownerScope(actor, round);
    return scope === undefined || row.ownerUnitId === scope;
  };
}

/** The unit whose dispositions count for the actor in campaign rounds (a department's), for lists across rounds. */
export function campaignUnitOf(actor: Pick<Actor, 'role' | 'unitId'> | null | undefined): number | undefined {
  return ownerScope(actor, { mode: 'campaign' });
}
