import { and, count, eq, lt, ne } from 'drizzle-orm';
import { isConstraintViolation, type AppDatabase } from '../db/database.js';
import { createUserNotFoundError, createUsernameTakenError } from './auth.errors.js';
import { sessionsTable, usersTable, type UserRow } from './auth.table.js';

export function createAuthRepository({ db }: { db: AppDatabase }) {
  return {
    findUserByUsername(username: string) {
      return db.select().from(usersTable).where(eq(usersTable.username, username)).get();
    },

    getUser(id: number): UserRow {
      const user = db.select().from(usersTable).where(eq(usersTable.id, id)).get();
      if (!user) throw createUserNotFoundError();
      return user;
    },

    listUsers() {
      return db.select().from(usersTable).orderBy(usersTable.unit, usersTable.username).all();
    },

    countUsers(): number {
      return db.select({ value: count() }).from(usersTable).get()?.value ?? 0;
    },

    countActiveAdmins(): number {
      return db.select({ value: count() }).from(usersTable).where(and(eq(usersTable.role, 'admin'), eq(usersTable.disabled, false))).get()?.value ?? 0;
    },

    insertUser(values: typeof usersTable.$inferInsert): UserRow {
      try {
        return db.insert(usersTable).values(values).returning().get();
      } catch (error) {
        if (isConstraintViolation(error, 'UNIQUE')) throw createUsernameTakenError();
        throw error;
      }
    },

    updateUser(id: number, values: Partial<typeof usersTable.$inferInsert>): UserRow {
      const user = db.update(usersTable).set(values).where(eq(usersTable.id, id)).returning().get();
      if (!user) throw createUserNotFoundError();
      return user;
    },

    /**
     * Counts a sign-in attempt before its password is checked, in one statement so that parallel attempts
     * cannot overwrite each other's count; the attempt that reaches `max` locks the account until `lockUntil`.
     * Returns the attempt's number, or null when the account is locked. An expired lock starts the count again.
     */
    countSignInAttempt(id: number, { now, max, lockUntil }: { now: Date; max: number; lockUntil: Date }): number | null {
      const row = db.$client.prepare<[{ id: number; now: number; max: number; until: number }], { attempt: number }>(`
        update users set
          failed_sign_ins = case when locked_until <= :now then 1 else failed_sign_ins + 1 end,
          locked_until = case when (case when locked_until <= :now then 1 else failed_sign_ins + 1 end) >= :max then :until end
        where id = :id and (locked_until is null or locked_until <= :now)
        returning failed_sign_ins as attempt`).get({ id, now: now.getTime(), max, until: lockUntil.getTime() });
      return row?.attempt ?? null;
    },

    insertSession(values: typeof sessionsTable.$inferInsert) {
      db.insert(sessionsTable).values(values).run();
    },

    /** The session and its user, if the session is still valid. */
    findSession(tokenHash: string, now: Date) {
      const row = db.select().from(sessionsTable).innerJoin(usersTable, eq(sessionsTable.userId, usersTable.id))
        .where(eq(sessionsTable.tokenHash, tokenHash)).get();
      if (!row || row.sessions.expiresAt <= now || row.users.disabled) return undefined;
      return { session: row.sessions, user: row.users };
    },

    deleteSession(tokenHash: string) {
      db.delete(sessionsTable).where(eq(sessionsTable.tokenHash, tokenHash)).run();
    },

    /** Ends the user's sessions, except the one whose token hash is `keep` when given. */
    deleteSessionsOfUser(userId: number, keep?: string) {
      db.delete(sessionsTable).where(and(eq(sessionsTable.userId, userId), keep ? ne(sessionsTable.tokenHash, keep) : undefined)).run();
    },

    deleteExpiredSessions(now: Date) {
      db.delete(sessionsTable).where(lt(sessionsTable.expiresAt, now)).run();
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
