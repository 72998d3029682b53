import type { UserRow } from './auth.table.js';

/** The user acting, as use cases need them: who (for the records), their role and unit (for what they may do). */
export type Actor = Pick<UserRow, 'id' | 'username' | 'role' | 'unit' | 'unitId'>;

/**
 * The managed list of units as accounts need it; the units feature (a layer above) provides it, so an
 * account's unit is chosen from the list, never typed.
 */
export type UnitDirectory = {
  /** The active unit an id or a written name (matched: 平凉市财政局 ≈ 市财政局) means; refuses an unknown one (`unit.unknown`). */
  resolve(ref: { unitId?: number | null; unit?: string | null }, current?: number | null): { id: number; name: string };
  /** The unit of this name, added to the list when missing: the first administrator of a new database. */
  ensure(name: string): { id: number; name: string };
};

/** A user as the API shows it: never the password hash. */
export function toPublicUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unit: user.unit,
    unitId: user.unitId,
    role: user.role,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    locked: !!user.lockedUntil && user.lockedUntil > new Date(),
    createdAt: user.createdAt,
  };
}
