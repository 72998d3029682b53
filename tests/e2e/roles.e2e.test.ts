import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Role } from '../../src/auth/roles.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** For each role, one thing it may do and one it may not, as the user sees them. */
const CHECKS: Record<Role, { may: (page: Page, url: string) => Promise<void>; mayNot: (page: Page, url: string) => Promise<void> }> = {
  admin: {
    may: async (page, url) => {
      await page.goto(`${url}/admin/users`);
      expect(await page.locator('table.users tbody tr').count()).toBe(5);
    },
    mayNot: async (page, url) => {
      expect((await page.goto(`${url}/upload`))!.status()).toBe(403);
      expect(await page.textContent('main')).toContain('没有此项操作的权限');
    },
  },
  staff: {
    may: async (page, url) => {
      await page.goto(`${url}/documents/1`);
      expect(await page.isEnabled('input[name=docNumber]')).toBe(true);
      expect(await page.locator('#metadata-form button[type=submit]').count()).toBe(1);
    },
    mayNot: async (page, url) => {
      expect(await page.locator('nav a[href="/admin/users"]').count()).toBe(0);
      expect((await page.goto(`${url}/admin/users`))!.status()).toBe(403);
    },
  },
  leader: {
    may: async (page, url) => {
      await page.goto(`${url}/documents`);
      expect(await page.locator('table.documents tbody tr').count()).toBe(1);
    },
    mayNot: async (page, url) => {
      await page.goto(`${url}/documents/1`);
      expect(await page.isDisabled('input[name=docNumber]')).toBe(true);
      expect(await page.locator('#metadata-form button[type=submit]').count()).toBe(0);
    },
  },
  department: {
    may: async (page, url) => {
      await page.goto(`${url}/documents/1`);
      expect(await page.textContent('#doc-title')).toBe('平凉市城市绿化管理办法');
    },
    mayNot: async (page, url) => {
      expect(await page.locator('nav a[href="/upload"]').count()).toBe(0);
      expect((await page.goto(`${url}/upload`))!.status()).toBe(403);
    },
  },
  viewer: {
    may: async (page, url) => {
      const download = await page.request.get(`${url}/api/documents/1/original`);
      expect(download.status()).toBe(200);
    },
    mayNot: async (page, url) => {
      const response = await page.request.delete(`${url}/api/documents/1`, {
        headers: { 'x-csrf-token': (await page.getAttribute('meta[name=csrf-token]', 'content'))! },
      });
      expect(response.status()).toBe(403);
    },
  },
};

describe.skipIf(browserSkipReason)('each role in a real browser', () => {
  const context = useBrowserAndServer(async ({ browser, url }) => {
    const page = await browser.newPage();
    await signIn(page, url, 'staff');
    await page.goto(`${url}/upload`);
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/002-gazette-layout-rule/input.txt');
    await page.setInputFiles('#file-input', { name: '绿化.txt', mimeType: 'text/plain', buffer: fs.readFileSync(fixture) });
    await page.waitForSelector('#upload-results td.result-imported');
    await page.close();
  });

  test.each(Object.keys(CHECKS) as Role[])('%s', async (role) => {
    const { browser, server } = context;
    const browserContext = await browser.newContext();
    const page = await browserContext.newPage();
    await signIn(page, server.url, role);
    await CHECKS[role].may(page, server.url);
    await CHECKS[role].mayNot(page, server.url);
    if (role === 'admin') await page.screenshot({ path: path.join(artifactsDir, 'admin-403.png') });
    await browserContext.close();
  });
});

describe.skipIf(browserSkipReason)('every page runs its scripts without an error', () => {
  const PAGES = ['/', '/documents', '/documents/1', '/documents/compare', '/documents/compare?from=1&to=2', '/search?q=绿化', '/upload', '/review', '/checklist', '/tracking', '/tracking/items/1', '/admin/users', '/admin/audit', '/account/password'];
  const context = useBrowserAndServer(async ({ browser, url }) => {
    const page = await browser.newPage();
    await signIn(page, url, 'staff');
    await page.request.post(`${url}/api/demo`, { headers: { 'x-csrf-token': (await page.getAttribute('meta[name=csrf-token]', 'content'))! } });
    await page.close();
  });

  test.each(Object.keys(CHECKS) as Role[])('as %s', async (role) => {
    const { browser, server } = context;
    const browserContext = await browser.newContext();
    const page = await browserContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await signIn(page, server.url, role);
    for (const pathname of PAGES) {
      await page.goto(`${server.url}${pathname}`);
      await page.waitForLoadState('networkidle');
      // The header's title suggestions run on every page: type into it, as people do.
      if (await page.locator('header input[name=q]').count()) await page.fill('header input[name=q]', '管理');
    }
    expect(errors).toEqual([]);
    await browserContext.close();
  });
});
