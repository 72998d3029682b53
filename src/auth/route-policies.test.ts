import { describe, expect, test } from 'vitest';
import { createTestApp, readFixture, upload } from '../test-app.js';
import { can, ROLES, type Role } from './roles.js';
import { ROUTE_POLICIES } from './route-policies.js';

const { rawApp, as, app: staff } = createTestApp();
const routes = [...new Map(rawApp.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r])).values()];

function allowed(policy: string, role: Role | null): boolean {
  if (policy === 'public') return true;
  if (!role) return false;
  if (policy === 'signedIn') return true;
  return can(role, policy as Parameters<typeof can>[1]);
}

test('every registered route has a policy, and every policy names a registered route', () => {
  const registered = routes.map((r) => `${r.method} ${r.path}`).sort();
  expect(registered.filter((key) => !(key in ROUTE_POLICIES))).toEqual([]);
  expect(Object.keys(ROUTE_POLICIES).filter((key) => !registered.includes(key))).toEqual([]);
});

describe.each([...ROLES, null])('as %s', (role) => {
  test.each(routes.map((r) => [`${r.method} ${r.path}`, r.method, r.path] as const))('%s', async (_name, method, path) => {
    await upload(staff, [readFixture('002-gazette-layout-rule')]); // a document 1 to read, once
    const client = role ? as(role) : rawApp;
    const url = path.replace(':id', '1').replace(':name', 'app.css');
    const response = await client.request(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: method === 'GET' ? undefined : '{}',
    });
    const policy = ROUTE_POLICIES[`${method} ${path}`]!;
    if (allowed(policy, role)) {
      expect([401, 403], `${role} may ${method} ${path}`).not.toContain(response.status);
      expect(response.status, `${method} ${path} as ${role} must not fail on the server`).toBeLessThan(500);
    } else {
      expect(response.status, `${role} may not ${method} ${path}`).toBe(role ? 403 : 401);
    }
  });
});
