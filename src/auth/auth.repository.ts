import { and, count, eq, lt } from 'drizzle-orm';
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

    deleteSessionsOfUser(userId: number) {
      db.delete(sessionsTable).where(eq(sessionsTable.userId, userId)).run();
    },

    deleteExpiredSessions(now: Date) {
      db.delete(sessionsTable).where(lt(sessionsTable.expiresAt, now)).run();
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
