import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditRepository, RequestOrigin } from './audit.repository.js';
import type { AppConfig } from '../config.js';
import {
  createAccountLockedError, createInvalidCredentialsError, createLastAdminError, createSamePasswordError, createWeakPasswordError,
} from './auth.errors.js';
import type { AuthRepository } from './auth.repository.js';
import type { Actor, UnitDirectory } from './auth.models.js';
import type { UserRow } from './auth.table.js';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import type { Role } from './roles.js';

type Dependencies = { authRepository: AuthRepository; auditRepository: AuditRepository };
type AuthConfig = Pick<AppConfig, 'sessionHours' | 'maxFailedSignIns' | 'lockMinutes' | 'signInDelayMs'>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Checked against when the user does not exist, is disabled or locked, so that every failed sign-in runs
// exactly one scrypt and the same delay: the answer's timing tells nothing about the name.
const DUMMY_HASH = hashPassword(generatePassword());

export async function signIn({ username, password, origin, config, authRepository, auditRepository, now = new Date() }: Dependencies & {
  username: string; password: string; origin: RequestOrigin; config: AuthConfig; now?: Date;
}) {
  const found = authRepository.findUserByUsername(username);
  const user = found && !found.disabled ? found : undefined;
  // The attempt is counted before the hash is checked, so parallel guesses each take one of the five tries.
  const attempt = user
    ? authRepository.countSignInAttempt(user.id, { now, max: config.maxFailedSignIns, lockUntil: new Date(now.getTime() + config.lockMinutes * 60_000) })
    : null;
  const valid = await verifyPassword(password, user && attempt !== null ? user.passwordHash : await DUMMY_HASH);
  if (user && attempt === null) throw createAccountLockedError();

  if (!user || !valid) {
    const locked = attempt !== null && attempt >= config.maxFailedSignIns;
    auditRepository.record({
      action: locked ? 'auth.locked' : 'auth.sign_in_failed', targetName: (user?.username ?? username).slice(0, 100), origin,
      detail: user ? { failures: attempt } : { reason: found ? 'disabled' : 'unknown_user' },
    });
    await sleep(config.signInDelayMs); // the same for every failure, so that it cannot tell known names from unknown ones
    throw locked ? createAccountLockedError() : createInvalidCredentialsError();
  }

  authRepository.updateUser(user.id, { failedSignIns: 0, lockedUntil: null });
  authRepository.deleteExpiredSessions(now);
  const token = randomBytes(32).toString('base64url');
  const session = {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now,
    expiresAt: new Date(now.getTime() + config.sessionHours * 3600_000),
  };
  authRepository.insertSession(session);
  auditRepository.record({ action: 'auth.sign_in', actor: user, origin });
  return { token, session, user };
}

export function signOut({ token, user, origin, authRepository, auditRepository }: Dependencies & { token: string; user: UserRow; origin: RequestOrigin }) {
  authRepository.deleteSession(hashToken(token));
  auditRepository.record({ action: 'auth.sign_out', actor: user, origin });
}

/** Sets a new password and ends the user's other sessions (the one making the change stays signed in). */
export async function changePassword({ user, sessionTokenHash, currentPassword, newPassword, origin, authRepository, auditRepository }: Dependencies & {
  user: UserRow; sessionTokenHash: string; currentPassword: string; newPassword: string; origin: RequestOrigin;
}) {
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw createInvalidCredentialsError({ message: '当前密码不正确' });
  if (newPassword.normalize('NFKC') === currentPassword.normalize('NFKC')) throw createSamePasswordError();
  const problem = passwordProblem(newPassword);
  if (problem) throw createWeakPasswordError({ message: problem });
  authRepository.updateUser(user.id, { passwordHash: await hashPassword(newPassword), mustChangePassword: false });
  authRepository.deleteSessionsOfUser(user.id, sessionTokenHash);
  auditRepository.record({ action: 'auth.password_changed', actor: user, targetName: user.username, origin });
}

/** A new account's unit is named by its id in the unit list, or by a name that the list matches. */
export type NewUser = { username: string; displayName: string; unitId?: number; unit?: string; role: Role };

/** Creates an account with a generated one-time password, to be changed at the first sign-in. */
export async function createUser({ user, actor, origin, authRepository, auditRepository, unitDirectory, now = new Date() }: Dependencies & {
  user: NewUser; actor: Actor | null; origin?: RequestOrigin; unitDirectory: UnitDirectory; now?: Date;
}) {
  const unit = unitDirectory.resolve(user);
  const password = generatePassword();
  const created = authRepository.insertUser({
    username: user.username, displayName: user.displayName, role: user.role, unit: unit.name, unitId: unit.id,
    passwordHash: await hashPassword(password), mustChangePassword: true, createdAt: now,
  });
  auditRepository.record({ action: 'user.created', actor, targetName: created.username, origin, detail: { role: created.role, unit: created.unit } });
  return { user: created, password };
}

/** Gives a user a new one-time password and ends their sessions. */
export async function resetPassword({ userId, actor, origin, authRepository, auditRepository }: Dependencies & {
  userId: number; actor: Actor | null; origin?: RequestOrigin;
}) {
  const target = authRepository.getUser(userId);
  const password = generatePassword();
  const user = authRepository.updateUser(target.id, { passwordHash: await hashPassword(password), mustChangePassword: true, failedSignIns: 0, lockedUntil: null });
  authRepository.deleteSessionsOfUser(user.id);
  auditRepository.record({ action: 'user.password_reset', actor, targetName: user.username, origin });
  return { user, password };
}

/** Changes role, unit, name or whether the account is disabled; the last active admin cannot be removed. */
export function updateUser({ userId, changes: requested, actor, origin, authRepository, auditRepository, unitDirectory }: Dependencies & {
  userId: number; changes: Partial<Pick<UserRow, 'role' | 'displayName' | 'disabled'> & { unit: string; unitId: number }>; actor: Actor | null;
  origin?: RequestOrigin; unitDirectory: UnitDirectory;
}) {
  const target = authRepository.getUser(userId);
  const { unit: unitName, unitId, ...rest } = requested;
  const unit = unitName !== undefined || unitId !== undefined ? unitDirectory.resolve({ unit: unitName, unitId }, target.unitId) : null;
  const changes: Partial<Pick<UserRow, 'role' | 'unit' | 'unitId' | 'displayName' | 'disabled'>> = { ...rest, ...(unit && { unit: unit.name, unitId: unit.id }) };
  const losesAdmin = target.role === 'admin' && !target.disabled && ((changes.role && changes.role !== 'admin') || changes.disabled);
  if (losesAdmin && authRepository.countActiveAdmins() <= 1) throw createLastAdminError();
  const user = authRepository.updateUser(target.id, changes);
  if (changes.disabled || (changes.role && changes.role !== target.role)) authRepository.deleteSessionsOfUser(user.id);
  const changed = Object.fromEntries(Object.entries(changes).filter(([key, value]) => target[key as keyof UserRow] !== value)
    .map(([key, value]) => [key, { from: target[key as keyof UserRow], to: value }]));
  auditRepository.record({ action: 'user.updated', actor, targetName: user.username, origin, detail: changed });
  return user;
}

/** On a database without users, creates the administrator and returns its one-time password to print once. */
export async function ensureInitialAdmin(dependencies: Dependencies & { unitDirectory: UnitDirectory }): Promise<string | null> {
  if (dependencies.authRepository.countUsers() > 0) return null;
  const unit = dependencies.unitDirectory.ensure('市司法局');
  const { password } = await createUser({
    ...dependencies, actor: null, user: { username: 'admin', displayName: '系统管理员', unitId: unit.id, role: 'admin' },
  });
  return password;
}

/** A page of the access log, newest first, with where the next page starts. */
export function listAuditEvents({ before, limit, auditRepository }: { before?: number; limit: number; auditRepository: AuditRepository }) {
  const events = auditRepository.list({ before, limit });
  return { events, nextBefore: events.length === limit ? events.at(-1)!.id : null };
}
