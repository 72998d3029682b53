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

/**
 * Runs a bulk action's steps, reporting progress after each chunk and letting other requests in between
 * (`pause`). A run from a round page (`roundId`) is remembered as the user's last on that round, with what it
 * refused: the round page shows it and filters by it (上次未能处理的).
 */
export async function runBulk({ action, steps, roundId, actor, bulkRepository, onProgress, pause, now = new Date() }: {
  action: string; steps: BulkSteps; roundId: number | null; actor: Actor | null; bulkRepository: BulkRepository;
  onProgress?: (progress: BulkProgress) => void | Promise<void>; pause?: () => Promise<void>; now?: Date;
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
  if (roundId !== null && actor) bulkRepository.saveRun({ userId: actor.id, roundId, action, total, updated: updated.length, refused, at: now });
  return { total, updated, skipped: refused };
}
