import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createAuditRepository } from './audit.repository.js';
import { createTestApp } from '../test-app.js';
import { createUnitDirectory } from '../units/units.directory.js';
import { createAuthRepository } from './auth.repository.js';
import { createUser } from './auth.usecases.js';

// Counts the work a sign-in does, so that the test does not depend on the machine's speed.
const work = vi.hoisted(() => ({ verifications: 0, sleeps: [] as number[] }));
vi.mock('./passwords.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./passwords.js')>();
  return { ...original, verifyPassword: (...args: Parameters<typeof original.verifyPassword>) => { work.verifications++; return original.verifyPassword(...args); } };
});
vi.mock('node:timers/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:timers/promises')>();
  return { ...original, setTimeout: (ms: number) => { work.sleeps.push(ms); return Promise.resolve(); } };
});

beforeEach(() => { work.verifications = 0; work.sleeps = []; });

const signInBody = (username: string, password: string) => ({
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
});

describe('a failed sign-in costs the same whether or not the name exists', () => {
  test('unknown, disabled and known names with a wrong password each run one hash and the same delay', async () => {
    const { rawApp, db } = createTestApp({ signInDelayMs: 300 });
    const unitDirectory = createUnitDirectory({ db });
    unitDirectory.ensure('市财政局');
    const dependencies = { authRepository: createAuthRepository({ db }), auditRepository: createAuditRepository({ db }), unitDirectory };
    await createUser({ ...dependencies, actor: null, user: { username: 'zhang', displayName: '张三', unit: '市财政局', role: 'staff' } });
    const { user: disabled } = await createUser({ ...dependencies, actor: null, user: { username: 'gone', displayName: '王五', unit: '市财政局', role: 'staff' } });
    dependencies.authRepository.updateUser(disabled.id, { disabled: true });

    const costOf = async (username: string) => {
      work.verifications = 0; work.sleeps = [];
      const response = await rawApp.request('/api/auth/sign-in', signInBody(username, 'wrong-password-1'));
      expect(response.status).toBe(401);
      return { verifications: work.verifications, sleeps: work.sleeps };
    };
    const costs = [];
    for (let attempt = 0; attempt < 3; attempt++) costs.push(await costOf('zhang'), await costOf('nobody'), await costOf('gone'));
    const first = costs[0]!;
    expect(first.verifications).toBe(1);
    expect(first.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const cost of costs) expect(cost).toEqual(first);
  });
});
