import type { Actor } from '../auth/auth.models.js';
import type { NotificationFilters, NotificationsRepository } from './notifications.repository.js';
import type { NewNotification } from './notifications.table.js';

/**
 * Notices computed from the state of things rather than written by an event (a deadline near or past): each
 * has a `dedupeKey`. A feature above supplies them (notifications sit below the features that know the
 * deadlines), and `recordComputedNotices` records those the recipient does not have yet.
 */
export type ComputedNotices = (recipient: Actor, now: Date) => (NewNotification & { dedupeKey: string })[];

/** Records the computed notices the recipient has not had yet; a notice already read is not raised again. */
export function recordComputedNotices({ recipient, computedNotices, notificationsRepository, now = new Date() }: {
  recipient: Actor; computedNotices: ComputedNotices; notificationsRepository: NotificationsRepository; now?: Date;
}) {
  const notices = computedNotices(recipient, now);
  const existing = notificationsRepository.existingKeys(recipient.id, notices.map((n) => n.dedupeKey));
  notificationsRepository.insert(notices.filter((n) => !existing.has(n.dedupeKey)), now);
}

/** A page of the recipient's notifications, newest first, with the unread counts and where the next page starts. */
export function listNotifications({ recipient, filters, before, limit, computedNotices, notificationsRepository, now = new Date() }: {
  recipient: Actor; filters: NotificationFilters; before?: number; limit: number; computedNotices: ComputedNotices;
  notificationsRepository: NotificationsRepository; now?: Date;
}) {
  recordComputedNotices({ recipient, computedNotices, notificationsRepository, now });
  const notifications = notificationsRepository.list(recipient.id, filters, { before, limit });
  return {
    notifications,
    total: notificationsRepository.count(recipient.id, filters),
    unread: notificationsRepository.unreadByKind(recipient.id),
    nextBefore: notifications.length === limit ? notifications.at(-1)!.id : null,
  };
}

/** The unread counts for the header's bell, with the computed notices brought up to date first. */
export function unreadNotifications({ recipient, computedNotices, notificationsRepository, now = new Date() }: {
  recipient: Actor; computedNotices: ComputedNotices; notificationsRepository: NotificationsRepository; now?: Date;
}) {
  recordComputedNotices({ recipient, computedNotices, notificationsRepository, now });
  return notificationsRepository.unreadByKind(recipient.id);
}
