import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/auth.models.js';
import type { Transaction } from '../db/database.js';
import { documentsTable } from '../documents/documents.table.js';
import { activeUnitUserIds, activeUserIds, insertNotifications } from '../notifications/notifications.repository.js';
import { dispositionHistoryTable, type DispositionRow } from './review.table.js';

/**
 * Tells whoever submitted a disposition that a leader returned it, with the comment, in the return's own
 * transaction. The submitter is the last to submit it (in its history; in a campaign, the legal office member who agreed or amended it); when that account is gone or
 * disabled, or it was never submitted through the app, the whole legal office hears of it.
 */
export function notifyReturned(tx: Transaction, { row, comment, actor, now }: { row: DispositionRow; comment: string | null; actor: Actor | null; now: Date }) {
  const submitter = tx.select({ actorId: dispositionHistoryTable.actorId }).from(dispositionHistoryTable)
    .where(and(eq(dispositionHistoryTable.dispositionId, row.id), inArray(dispositionHistoryTable.action, ['submitted', 'resubmitted', 'agreed', 'amended'])))
    .orderBy(desc(dispositionHistoryTable.id)).limit(1).get()?.actorId ?? null;
  const staff = activeUserIds(tx, ['staff']);
  const recipients = staff.some((user) => user.id === submitter) ? [submitter!] : staff.map((user) => user.id);
  const title = row.documentId !== null
    ? tx.select({ title: documentsTable.title }).from(documentsTable).where(eq(documentsTable.id, row.documentId)).get()?.title ?? ''
    : row.proposedTitle ?? '';
  const text = `${actor?.username ?? '领导'}退回了「${title}」的清理意见${comment ? `：${comment}` : ''}`;
  insertNotifications(tx, recipients.map((recipientId) => ({ recipientId, kind: 'disposition_returned', subjectHref: `/review/dispositions/${row.id}`, text: text.slice(0, 500) })), now);
}

/**
 * Tells a unit's department accounts what the legal office asks of them in a campaign round (a reminder
 * to report, a list or an item returned), in the event's own transaction.
 */
export function notifyUnit(tx: Transaction, { unitId, roundId, text, now }: { unitId: number; roundId: number; text: string; now: Date }) {
  insertNotifications(tx, activeUnitUserIds(tx, unitId).map((recipientId) => ({ recipientId, kind: 'campaign', subjectHref: `/campaign/${roundId}`, text: text.slice(0, 500) })), now);
}
