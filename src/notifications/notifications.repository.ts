import { and, count, desc, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import { usersTable } from '../auth/auth.table.js';
import type { Role } from '../auth/roles.js';
import type { AppDatabase, DatabaseOrTransaction } from '../db/database.js';
import { notificationsTable, type NewNotification, type NotificationKind } from './notifications.table.js';

export type NotificationFilters = { kind?: NotificationKind; unread?: boolean };

/**
 * Writes notifications in the caller's transaction, so a notice exists exactly when its event does.
 * A notice with a `dedupeKey` the recipient already has is skipped.
 */
export function insertNotifications(tx: DatabaseOrTransaction, notifications: NewNotification[], now: Date) {
  if (notifications.length === 0) return;
  tx.insert(notificationsTable).values(notifications.map((n) => ({ ...n, dedupeKey: n.dedupeKey ?? null, createdAt: now })))
    .onConflictDoNothing().run();
}

/** The department accounts of a unit that are not disabled: who hears of what concerns the unit. */
export function activeUnitUserIds(tx: DatabaseOrTransaction, unitId: number): number[] {
  return tx.select({ id: usersTable.id }).from(usersTable)
    .where(and(eq(usersTable.unitId, unitId), eq(usersTable.role, 'department'), eq(usersTable.disabled, false))).orderBy(usersTable.id).all().map((row) => row.id);
}

/** The accounts of these roles that are not disabled: who hears of an event meant for a role. */
export function activeUserIds(tx: DatabaseOrTransaction, roles: readonly Role[]): { id: number; role: Role }[] {
  return tx.select({ id: usersTable.id, role: usersTable.role }).from(usersTable)
    .where(and(inArray(usersTable.role, [...roles]), eq(usersTable.disabled, false))).orderBy(usersTable.id).all();
}

function conditions(recipientId: number, { kind, unread }: NotificationFilters): SQL | undefined {
  return and(eq(notificationsTable.recipientId, recipientId), kind ? eq(notificationsTable.kind, kind) : undefined, unread ? isNull(notificationsTable.readAt) : undefined);
}

/** Every query names the recipient: a user reads and marks only their own notifications. */
export function createNotificationsRepository({ db }: { db: AppDatabase }) {
  return {
    /** Newest first, by keyset on the id. */
    list(recipientId: number, filters: NotificationFilters, { before, limit }: { before?: number; limit: number }) {
      return db.select().from(notificationsTable)
        .where(and(conditions(recipientId, filters), before ? lt(notificationsTable.id, before) : undefined))
        .orderBy(desc(notificationsTable.id)).limit(limit).all();
    },

    count(recipientId: number, filters: NotificationFilters): number {
      return db.select({ n: count() }).from(notificationsTable).where(conditions(recipientId, filters)).get()!.n;
    },

    /** The dedupe keys among `keys` the recipient already has. */
    existingKeys(recipientId: number, keys: string[]): Set<string> {
      if (keys.length === 0) return new Set();
      const rows = db.select({ key: notificationsTable.dedupeKey }).from(notificationsTable)
        .where(and(eq(notificationsTable.recipientId, recipientId), inArray(notificationsTable.dedupeKey, keys))).all();
      return new Set(rows.map((row) => row.key!));
    },

    insert(notifications: NewNotification[], now: Date) {
      insertNotifications(db, notifications, now);
    },

    /** Marks the recipient's notifications read (the given ones, or all); returns how many changed. */
    markRead(recipientId: number, ids: number[] | 'all', now: Date): number {
      return db.update(notificationsTable).set({ readAt: now })
        .where(and(eq(notificationsTable.recipientId, recipientId), isNull(notificationsTable.readAt), ids === 'all' ? undefined : inArray(notificationsTable.id, ids)))
        .run().changes;
    },

    /** Unread counts by kind, for the header and the home page. */
    unreadByKind(recipientId: number): Record<NotificationKind, number> & { total: number } {
      const rows = db.select({ kind: notificationsTable.kind, n: count() }).from(notificationsTable)
        .where(conditions(recipientId, { unread: true })).groupBy(notificationsTable.kind).all();
      const counts = { disposition_returned: 0, progress_report: 0, deadline: 0, campaign: 0, total: 0 };
      for (const row of rows) { counts[row.kind] = row.n; counts.total += row.n; }
      return counts;
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;

