import { describe, expect, test } from 'vitest';
import { createAuditRepository } from './audit.repository.js';
import { createTestApp } from '../test-app.js';
import { createAuthRepository } from './auth.repository.js';
import { createUser, ensureInitialAdmin } from './auth.usecases.js';
import { generatePassword, passwordProblem } from './passwords.js';
import type { AppDatabase } from '../db/database.js';
import { createUnitDirectory } from '../units/units.directory.js';

/** The unit list with the units these tests' accounts belong to. */
function unitsOf(db: AppDatabase) {
  const directory = createUnitDirectory({ db });
  for (const name of ['市财政局', '市教育局']) directory.ensure(name);
  return directory;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});

/** An app with one real account (password known), and a way to sign in through the API. */
async function appWithAccount(role: 'staff' | 'admin' = 'staff', config = {}) {
  const context = createTestApp(config);
  const dependencies = { authRepository: createAuthRepository({ db: context.db }), auditRepository: createAuditRepository({ db: context.db }), unitDirectory: unitsOf(context.db) };
  const { user, password } = await createUser({ ...dependencies, actor: null, user: { username: 'zhang', displayName: '张三', unit: '市财政局', role } });
  dependencies.authRepository.updateUser(user.id, { mustChangePassword: false });
  const signIn = (pw = password) => context.rawApp.request('/api/auth/sign-in', json({ username: 'zhang', password: pw }));
  const sessionOf = async (response: Response) => {
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = await response.json();
    return { cookie, csrfToken, request: (url: string, init: RequestInit = {}) =>
      context.rawApp.request(url, { ...init, headers: { cookie, 'x-csrf-token': csrfToken, ...init.headers } }) };
  };
  return { ...context, ...dependencies, user, password, signIn, sessionOf };
}

describe('signing in', () => {
  test('a right password gives an HttpOnly, SameSite session cookie, and the API then knows the user', async () => {
    const { signIn, sessionOf } = await appWithAccount();
    const response = await signIn();
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^zhidu_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const session = await sessionOf(response);
    const me = await (await session.request('/api/auth/me')).json();
    expect(me.user).toMatchObject({ username: 'zhang', unit: '市财政局', role: 'staff' });
    expect(JSON.stringify(me)).not.toContain('scrypt');
  });

  test('over HTTPS the cookie is Secure', async () => {
    const { rawApp, password } = await appWithAccount();
    const response = await rawApp.request('https://zhidu.example/api/auth/sign-in', json({ username: 'zhang', password }));
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  test('a wrong password or an unknown name gets the same answer, and both are logged', async () => {
    const { signIn, rawApp, auditRepository } = await appWithAccount();
    const wrong = await signIn('wrong-password-1');
    const unknown = await rawApp.request('/api/auth/sign-in', json({ username: 'nobody', password: 'x' }));
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect((await response.json()).error).toEqual({ code: 'auth.invalid_credentials', message: '用户名或密码不正确' });
    }
    expect(auditRepository.list({ limit: 2 }).map((e) => [e.action, e.targetName])).toEqual([
      ['auth.sign_in_failed', 'nobody'], ['auth.sign_in_failed', 'zhang'],
    ]);
  });

  test('repeated failures lock the account for a while, even against the right password', async () => {
    const { signIn, auditRepository } = await appWithAccount('staff', { maxFailedSignIns: 3 });
    for (let i = 0; i < 2; i++) expect((await signIn('wrong')).status).toBe(401);
    const third = await signIn('wrong');
    expect(third.status).toBe(429);
    expect((await third.json()).error.code).toBe('auth.locked');
    expect((await signIn()).status).toBe(429);
    expect(auditRepository.list({ limit: 1 })[0]!.action).toBe('auth.locked');
  });

  test('thirty parallel wrong guesses lock the account after exactly five, and the right password is then refused', async () => {
    const { signIn, authRepository, auditRepository, user } = await appWithAccount();
    const responses = await Promise.all(Array.from({ length: 30 }, () => signIn('wrong-password-1')));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(26);
    const stored = authRepository.getUser(user.id);
    expect(stored.failedSignIns).toBe(5);
    expect(stored.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(auditRepository.list({ limit: 100 }).filter((event) => event.action === 'auth.locked')).toHaveLength(1);
    expect((await signIn()).status).toBe(429);
  });

  test('four typos and then the right password sign in, and the count starts again', async () => {
    const { signIn, authRepository, user } = await appWithAccount();
    for (let i = 0; i < 4; i++) expect((await signIn('wrong-password-1')).status).toBe(401);
    expect((await signIn()).status).toBe(200);
    expect(authRepository.getUser(user.id)).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  test('a sign-in must be JSON, so a form on another site cannot sign a user in', async () => {
    const { rawApp, password } = await appWithAccount();
    const response = await rawApp.request('/api/auth/sign-in', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `username=zhang&password=${password}`,
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('auth.csrf');
  });

  test('someone already signed in can sign in again, as another user say, from the sign-in page', async () => {
    const { signIn, sessionOf, rawApp, password } = await appWithAccount();
    const { cookie } = await sessionOf(await signIn());
    const again = await rawApp.request('/api/auth/sign-in', { ...json({ username: 'zhang', password }), headers: { 'content-type': 'application/json', cookie } });
    expect(again.status).toBe(200);
  });

  test('signing out ends the session on the server', async () => {
    const { signIn, sessionOf } = await appWithAccount();
    const session = await sessionOf(await signIn());
    expect((await session.request('/api/auth/sign-out', { method: 'POST' })).status).toBe(204);
    expect((await session.request('/api/auth/me')).status).toBe(401);
  });

  test('a session expires', async () => {
    const { signIn, sessionOf, db } = await appWithAccount();
    const session = await sessionOf(await signIn());
    db.$client.prepare('update sessions set expires_at = ?').run(Date.now() - 1000);
    expect((await session.request('/api/documents')).status).toBe(401);
  });
});

describe('state-changing requests', () => {
  test('without the session\'s CSRF token are refused', async () => {
    const { signIn, sessionOf } = await appWithAccount();
    const session = await sessionOf(await signIn());
    for (const csrf of ['', 'forged-token']) {
      const response = await session.request('/api/demo', { method: 'POST', headers: { 'x-csrf-token': csrf } });
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('auth.csrf');
    }
    expect((await session.request('/api/demo', { method: 'POST' })).status).toBe(201);
  });
});

describe('one-time passwords', () => {
  test('an account with a one-time password can only change it, and then works', async () => {
    const { rawApp, authRepository, auditRepository, unitDirectory, sessionOf } = await appWithAccount();
    const { password } = await createUser({ authRepository, auditRepository, unitDirectory, actor: null, user: { username: 'li', displayName: '李四', unit: '市教育局', role: 'viewer' } });
    const session = await sessionOf(await rawApp.request('/api/auth/sign-in', json({ username: 'li', password })));
    expect((await (await session.request('/api/documents')).json()).error.code).toBe('auth.password_change_required');
    const page = await session.request('/documents', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/account/password');

    const change = (newPassword: string) => session.request('/api/auth/password', json({ currentPassword: password, newPassword }));
    const weak = await change('short');
    expect(weak.status).toBe(400);
    expect((await weak.json()).error).toEqual({ code: 'auth.weak_password', message: '密码至少 10 个字符' });
    expect((await change('a-good-password-2026')).status).toBe(204);
    expect((await session.request('/api/documents')).status).toBe(200);
    expect((await rawApp.request('/api/auth/sign-in', json({ username: 'li', password }))).status).toBe(401);
  });

  test('a one-time password cannot be "changed" to itself', async () => {
    const { rawApp, authRepository, auditRepository, unitDirectory, sessionOf } = await appWithAccount();
    const { password } = await createUser({ authRepository, auditRepository, unitDirectory, actor: null, user: { username: 'li', displayName: '李四', unit: '市教育局', role: 'viewer' } });
    const session = await sessionOf(await rawApp.request('/api/auth/sign-in', json({ username: 'li', password })));
    const same = await session.request('/api/auth/password', json({ currentPassword: password, newPassword: password }));
    expect(same.status).toBe(400);
    expect((await same.json()).error.code).toBe('auth.same_password');
    expect(authRepository.findUserByUsername('li')!.mustChangePassword).toBe(true);
  });

  test('every generated one-time password satisfies the rule for chosen passwords', () => {
    for (let i = 0; i < 500; i++) {
      const password = generatePassword();
      expect(passwordProblem(password), password).toBeNull();
    }
  });

  test('changing one\'s password ends one\'s other sessions and keeps this one', async () => {
    const { signIn, sessionOf, password } = await appWithAccount();
    const here = await sessionOf(await signIn());
    const elsewhere = await sessionOf(await signIn());
    expect((await here.request('/api/auth/password', json({ currentPassword: password, newPassword: 'a-new-password-2026' }))).status).toBe(204);
    expect((await elsewhere.request('/api/auth/me')).status).toBe(401);
    expect((await here.request('/api/auth/me')).status).toBe(200);
  });

  test('the first start creates one administrator, once', async () => {
    const { db } = createTestApp();
    db.$client.exec('delete from users');
    const dependencies = { authRepository: createAuthRepository({ db }), auditRepository: createAuditRepository({ db }), unitDirectory: createUnitDirectory({ db }) };
    const password = await ensureInitialAdmin(dependencies);
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(await ensureInitialAdmin(dependencies)).toBeNull();
    const admin = dependencies.authRepository.findUserByUsername('admin')!;
    expect(admin).toMatchObject({ role: 'admin', mustChangePassword: true });
    expect(admin.passwordHash).not.toContain(password!);
  });
});

describe('managing users', () => {
  test('an admin creates a user, changes their role and disables them; each step is logged and ends their sessions', async () => {
    const { as, rawApp } = createTestApp();
    const admin = as('admin');
    expect((await admin.request('/api/units', json({ name: '平凉市财政局', shortName: '市财政局' }))).status).toBe(201);
    const created = await admin.request('/api/users', json({ username: 'wang', displayName: '王五', unit: '市财政局', role: 'department' }));
    expect(created.status).toBe(201);
    const { user, password } = await created.json();
    expect(user.unit).toBe('平凉市财政局');
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);

    const signInResponse = await rawApp.request('/api/auth/sign-in', json({ username: 'wang', password }));
    const cookie = signInResponse.headers.get('set-cookie')!.split(';')[0]!;
    const patch = (body: object) => admin.request(`/api/users/${user.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await (await patch({ role: 'leader' })).json()).user.role).toBe('leader');
    expect((await rawApp.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);

    expect((await (await patch({ disabled: true })).json()).user.disabled).toBe(true);
    expect((await rawApp.request('/api/auth/sign-in', json({ username: 'wang', password }))).status).toBe(401);

    const { events } = await (await admin.request('/api/audit')).json();
    expect(events.map((e: { action: string }) => e.action).slice(0, 5)).toEqual(['auth.sign_in_failed', 'user.updated', 'user.updated', 'auth.sign_in', 'user.created']);
    expect(events[1]).toMatchObject({ targetName: 'wang', detail: { disabled: { from: false, to: true } } });
  });

  test('a change that changes nothing is refused as invalid, not answered with a server error', async () => {
    const { as } = createTestApp();
    const admin = as('admin');
    const staff = as('staff');
    const user = await admin.request(`/api/users/${staff.userId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(user.status).toBe(400);
    const ground = await admin.request('/api/review/grounds/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(ground.status).toBe(400);
  });

  test('the last administrator cannot be disabled or demoted', async () => {
    const { as } = createTestApp();
    const admin = as('admin');
    const response = await admin.request(`/api/users/${admin.userId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'staff' }) });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('user.last_admin');
  });

  test('a user name is unique, and the list never shows password hashes', async () => {
    const { as } = createTestApp();
    const admin = as('admin');
    const body = { username: 'zhao', displayName: '赵六', unit: '市司法局', role: 'viewer' };
    expect((await admin.request('/api/users', json(body))).status).toBe(201);
    const again = await admin.request('/api/users', json(body));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('user.username_taken');
    const list = await (await admin.request('/api/users')).text();
    expect(list).toContain('zhao');
    expect(list).not.toMatch(/scrypt|passwordHash/);
  });
});
