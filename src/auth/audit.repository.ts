import { desc, lt } from 'drizzle-orm';
import type { AppDatabase } from '../db/database.js';
import type { Actor } from './auth.models.js';
import { auditEventsTable } from './audit.table.js';

export type AuditAction =
  | 'auth.sign_in' | 'auth.sign_in_failed' | 'auth.locked' | 'auth.sign_out' | 'auth.password_changed'
  | 'user.created' | 'user.updated' | 'user.password_reset'
  | 'unit.created' | 'unit.updated' | 'units.recomputed' | 'document.units_changed';

/** Where a request came from, for the audit log. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

export function createAuditRepository({ db }: { db: AppDatabase }) {
  return {
    record(event: { action: AuditAction; actor?: Actor | null; targetName?: string | null; origin?: RequestOrigin; detail?: Record<string, unknown> }) {
      db.insert(auditEventsTable).values({
        at: new Date(),
        action: event.action,
        actorId: event.actor?.id ?? null,
        actorName: event.actor?.username ?? null,
        targetName: event.targetName ?? null,
        ip: event.origin?.ip ?? null,
        userAgent: event.origin?.userAgent?.slice(0, 300) ?? null,
        detail: event.detail ?? null,
      }).run();
    },

    /** Newest first, by keyset on the id. */
    list({ before, limit }: { before?: number; limit: number }) {
      return db.select().from(auditEventsTable)
        .where(before ? lt(auditEventsTable.id, before) : undefined)
        .orderBy(desc(auditEventsTable.id)).limit(limit).all();
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
