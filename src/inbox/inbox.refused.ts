import type { AppDatabase } from '../db/database.js';
import { createBulkRepository } from '../review/bulk/bulk.repository.js';

/**
 * What the user's last bulk action on each round refused: per round, the count and the round page's filter
 * 上次未能处理的 (`?refused=1`) that lists exactly those.
 */
export type RefusedLastTime = (userId: number) => { roundId: number; roundName: string; count: number; href: string }[];

export function createRefusedLastTime({ db }: { db: AppDatabase }): RefusedLastTime {
  const bulkRepository = createBulkRepository({ db });
  return (userId) => bulkRepository.refusedPerRound(userId).map((row) => ({ ...row, href: `/review/${row.roundId}?refused=1` }));
}
