import type { AppDatabase } from '../db/database.js';

/**
 * What the user's last bulk action on each round refused (issue 14 point 2, built on the `bulk` branch):
 * per round, the count and the round page's filter 上次未能处理的 (`?refused=1`) that lists exactly those.
 * Null when the record does not exist in this database.
 */
export type RefusedLastTime = (userId: number) => { roundId: number; roundName: string; count: number; href: string }[] | null;

/**
 * BRIDGE until the bulk actions are merged: reads their table `review_bulk_refusals` (user, round, disposition)
 * when the database has it, found once by name; without it the staff home shows nothing for it. Once merged,
 * the bulk feature can supply its own typed query here (`refusedLastTime` in app.dependencies.ts).
 */
export function createRefusedLastTime({ db }: { db: AppDatabase }): RefusedLastTime {
  const exists = db.$client.prepare(`select 1 from sqlite_master where type = 'table' and name = 'review_bulk_refusals'`).get();
  if (!exists) return () => null;
  const perRound = db.$client.prepare(`
    select r.round_id as roundId, rr.name as roundName, count(*) as count
    from review_bulk_refusals r join review_rounds rr on rr.id = r.round_id join dispositions d on d.id = r.disposition_id and d.round_id = r.round_id
    where r.user_id = ? group by r.round_id order by r.round_id desc`);
  return (userId) => (perRound.all(userId) as { roundId: number; roundName: string; count: number }[])
    .map((row) => ({ ...row, href: `/review/${row.roundId}?refused=1` }));
}
