import { addDays, isIssued } from '../tracking/tracking.models.js';
import type { Stage, TrackingItemRow } from '../tracking/tracking.table.js';

/** Tracked items, disposition deadlines and the like count as "due soon" within this many days. */
export const DUE_SOON_DAYS = 30;
/** A deadline notice is raised this many days before the deadline (and again once it has passed). */
export const DEADLINE_NOTICE_DAYS = 7;
/** A department reports on each of its open items at least this often. */
export const REPORT_INTERVAL_DAYS = 30;
/** The department's "must report" list holds the items whose next report is due within this many days. */
export const REPORT_SOON_DAYS = 7;

/**
 * When an open item's next progress report is due: `REPORT_INTERVAL_DAYS` after the last one, or now when
 * it has none, and no later than its deadline. Null once the item is issued (its reports are optional).
 */
export function nextReportDue(item: { stage: Stage; deadline: string | null }, lastReportedOn: string | null, today: string): string | null {
  if (isIssued(item.stage)) return null;
  const byInterval = lastReportedOn ? addDays(lastReportedOn, REPORT_INTERVAL_DAYS) : today;
  return item.deadline && item.deadline < byInterval ? item.deadline : byInterval;
}

export type DeadlineNotice = { itemId: number; deadline: string; phase: 'soon' | 'overdue'; text: string; dedupeKey: string };

/**
 * The deadline notices of these items today: one when an open item's deadline is within `DEADLINE_NOTICE_DAYS`,
 * another once it has passed. The key names the deadline, so a moved deadline is announced again.
 */
export function deadlineNotices(items: Pick<TrackingItemRow, 'id' | 'name' | 'deadline' | 'stage'>[], today: string): DeadlineNotice[] {
  const horizon = addDays(today, DEADLINE_NOTICE_DAYS);
  return items.flatMap((item) => {
    if (!item.deadline || isIssued(item.stage) || item.deadline > horizon) return [];
    const phase = item.deadline < today ? 'overdue' : 'soon';
    const text = phase === 'overdue' ? `「${item.name}」已逾期（完成时限 ${item.deadline}）` : `「${item.name}」将于 ${item.deadline} 到期`;
    return [{ itemId: item.id, deadline: item.deadline, phase, text, dedupeKey: `deadline:item:${item.id}:${item.deadline}:${phase}` }];
  });
}
