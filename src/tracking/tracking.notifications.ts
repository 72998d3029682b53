import type { Actor } from '../auth/auth.models.js';
import type { Transaction } from '../db/database.js';
import { activeUserIds, insertNotifications } from '../notifications/notifications.repository.js';
import { STAGE_LABELS } from './tracking.models.js';
import type { Stage, TrackingItemRow } from './tracking.table.js';

/** Tells the leaders and the legal office of a progress report, in the report's own transaction (not the reporter). */
export function notifyReport(tx: Transaction, { item, report, actor, now }: {
  item: TrackingItemRow; report: { text: string; stageTo: Stage | null }; actor: Actor; now: Date;
}) {
  const recipients = activeUserIds(tx, ['leader', 'staff']).filter((user) => user.id !== actor.id);
  const moved = report.stageTo ? `（进入「${STAGE_LABELS[report.stageTo]}」阶段）` : '';
  const text = `${actor.unit || actor.username}报告了「${item.name}」的进展${moved}：${report.text}`.slice(0, 300);
  insertNotifications(tx, recipients.map(({ id }) => ({ recipientId: id, kind: 'progress_report', subjectHref: `/tracking/items/${item.id}`, text })), now);
}
