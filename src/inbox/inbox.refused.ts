/**
 * SLOT for the record of bulk refusals (issue 14 point 2, built on another branch): per user and round, the
 * items their last bulk action could not process, opened by the round page's filter 上次未能处理的.
 * Until that record exists, `noRefusedRecord` answers null and the staff home shows nothing for it; the
 * bulk work supplies its own `RefusedLastTime` in `app.dependencies.ts` and the home links each count.
 */
export type RefusedLastTime = (userId: number) => { roundId: number; roundName: string; count: number; href: string }[] | null;

export const noRefusedRecord: RefusedLastTime = () => null;
