import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from './roles.js';

export const usersTable = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** 单位, e.g. 市司法局: departments report on the items their unit owns. */
  unit: text('unit').notNull(),
  /**
   * The unit in the managed list (units.id; src/units sits above auth, so the reference is kept by the
   * units feature, not declared here). `unit` is its name, kept in step when the unit is renamed.
   */
  unitId: integer('unit_id'),
  role: text('role', { enum: ROLES }).notNull(),
  /** scrypt, as `scrypt$N$r$p$salt$hash`; never the password itself. */
  passwordHash: text('password_hash').notNull(),
  /** Set for a password someone else chose (first start, reset): it must be changed at the next sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessionsTable = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => usersTable.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
}, (table) => [index('sessions_user_id_idx').on(table.userId), index('sessions_expires_at_idx').on(table.expiresAt)]);

export type UserRow = typeof usersTable.$inferSelect;
export type SessionRow = typeof sessionsTable.$inferSelect;
