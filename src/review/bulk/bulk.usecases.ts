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

/** The actions that prepare items (rather than move them on): run over the refused items, they fix them for a retry. */
const PREPARING = new Set(['set', 'set_unit', 'accept_suggestion']);

/**
 * Whether a run replaces what the user's last bulk action on the round refused (the filter 上次未能处理的):
 * every run from a round page does, except one that prepares the refused items themselves (setting the unit
 * that submitting them lacked, say), so they stay together to be retried.
 */
export function replacesRefusals(action: string, selection: Selection | undefined): boolean {
  return selection !== undefined && !(selection.filter?.refused && PREPARING.has(action));
}

/**
 * Runs a bulk action's steps, reporting progress after each chunk and letting other requests in between
 * (`pause`); with `rememberFor`, what it refused becomes that user's 上次未能处理的 on that round.
 */
export async function runBulk({ steps, rememberFor, bulkRepository, onProgress, pause }: {
  steps: BulkSteps; rememberFor: { userId: number; roundId: number } | null; bulkRepository: BulkRepository;
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
  if (rememberFor) bulkRepository.replaceRefusals(rememberFor.userId, rememberFor.roundId, refused);
  return { total, updated, skipped: refused };
}
