import { parseArgs } from 'node:util';
import type { AppDatabase } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import { dueItems, STAGE_LABELS } from './tracking.models.js';
import { createTrackingRepository } from './tracking.repository.js';
import type { TrackingItemRow } from './tracking.table.js';

export const TRACKING_USAGE = `  tracking due [--days N] [--json]         逾期和 N 天内（默认 30 天）到期的制度、机制事项`;

/** `zhidu tracking due`: reminders, for a daily script or a leader's morning. */
export function runTrackingCommand(args: string[], db: AppDatabase): number {
  const [subcommand, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { days: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } } });
  const days = Number(values.days);
  if (subcommand !== 'due' || !Number.isInteger(days) || days < 0) {
    console.error(`用法：\n${TRACKING_USAGE}`);
    return 2;
  }
  const today = todayIso();
  const { overdue, dueSoon } = dueItems(createTrackingRepository({ db }).items(), today, days);
  const line = (item: TrackingItemRow, status: 'overdue' | 'due') => ({
    id: item.id, name: item.name, kind: item.kind, responsibleUnit: item.responsibleUnit, lead: item.lead, deadline: item.deadline, stage: item.stage, status,
  });
  if (values.json) {
    for (const item of overdue) console.log(JSON.stringify(line(item, 'overdue')));
    for (const item of dueSoon) console.log(JSON.stringify(line(item, 'due')));
    return 0;
  }
  if (overdue.length + dueSoon.length === 0) console.log(`没有逾期或 ${days} 天内到期的事项`);
  for (const item of overdue) console.log(`逾期\t${item.deadline}\t${item.name}\t${item.responsibleUnit ?? '未明确责任单位'}\t${STAGE_LABELS[item.stage]}`);
  for (const item of dueSoon) console.log(`将到期\t${item.deadline}\t${item.name}\t${item.responsibleUnit ?? '未明确责任单位'}\t${STAGE_LABELS[item.stage]}`);
  return 0;
}
