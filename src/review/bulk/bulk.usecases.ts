import type { Actor } from '../../auth/auth.models.js';
import type { ReviewQueries } from '../review.queries.js';
import type { ReviewRepository } from '../review.repository.js';
import type { Selection } from '../review.schemas.js';
import type { BulkProgress, BulkSteps } from '../review.usecases.js';
import type { BulkRepository, RefusedItem } from './bulk.repository.js';

export type BulkOutcome = { total: number; updated: number[]; skipped: RefusedItem[] };

/**
 * The dispositions a round page's selection names: the rows ticked, or every one of the round that matches
 * the filter now, but those unticked. The server resolves the filter, so a selection of thousands is one
 * small request and means what the page showed.
 */
export function resolveSelection({ selection, actor, reviewRepository, reviewQueries }: {
  selection: Selection; actor: Actor | null; reviewRepository: ReviewRepository; reviewQueries: ReviewQueries;
}): number[] {
  reviewRepository.getRound(selection.roundId);
  if (selection.ids) return selection.ids;
  const excluded = new Set(selection.excludeIds);
  return reviewQueries.matchingIds(selection.roundId, selection.filter ?? {}, { userId: actor?.id ?? null }).filter((id) => !excluded.has(id));
}

/** The actions that prepare items rather than move them on in the workflow. */
const PREPARING = new Set(['set', 'set_unit', 'accept_suggestion']);

/**
 * Whether a run from a round page replaces what the user's bulk actions on the round refused (the filter
 * 上次未能处理的). A workflow action (submit, approve, return, reopen) always does, so a successful retry
 * empties it; a preparing one only when it refused something itself, so that setting the unit the refused
 * items lacked keeps them together to be retried.
 */
export function replacesRefusals(action: string, refused: number): boolean {
  return !PREPARING.has(action) || refused > 0;
}

/**
 * Runs a bulk action's steps, reporting progress after each chunk and letting other requests in between
 * (`pause`); with `rememberFor` (a round page's run), what it refused may become that user's 上次未能处理的 on that round.
 */
export async function runBulk({ action, steps, rememberFor, bulkRepository, onProgress, pause }: {
  action: string; steps: BulkSteps; rememberFor: { userId: number; roundId: number } | null; bulkRepository: BulkRepository;
  onProgress?: (progress: BulkProgress) => void | Promise<void>; pause?: () => Promise<void>;
}): Promise<BulkOutcome> {
  let step = steps.next();
  let total = 0;
  while (!step.done) {
    total = step.value.total;
    await onProgress?.(step.value);
    await pause?.();
    step = steps.next();
  }
  const { updated, skipped } = step.value;
  const titles = bulkRepository.titles(skipped.map((s) => s.id));
  const refused = skipped.map((s) => ({ ...s, title: titles.get(s.id) ?? `#${s.id}` }));
  if (rememberFor && replacesRefusals(action, refused.length)) bulkRepository.replaceRefusals(rememberFor.userId, rememberFor.roundId, refused);
  return { total, updated, skipped: refused };
}
