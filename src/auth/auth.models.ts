import type { UserRow } from './auth.table.js';

/** The user acting, as use cases need them: who (for the records), their role and unit (for what they may do). */
export type Actor = Pick<UserRow, 'id' | 'username' | 'role' | 'unit'>;

/** A user as the API shows it: never the password hash. */
export function toPublicUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unit: user.unit,
    role: user.role,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    locked: !!user.lockedUntil && user.lockedUntil > new Date(),
    createdAt: user.createdAt,
  };
}
