import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

describe.skipIf(browserSkipReason)('the managed unit list in a real browser', () => {
  const context = useBrowserAndServer();

  test('the administrator adds a unit with its short name and 机关代字, then gives it to a new account and to an existing one', async () => {
    const { browser, server } = context;
    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(admin, server.url, 'admin');
    await admin.click('nav >> text=单位管理');
    await admin.waitForURL(/\/admin\/units$/);

    await admin.fill('#new-unit-form input[name=name]', '平凉市财政局');
    await admin.fill('#new-unit-form input[name=shortName]', '市财政局');
    await admin.fill('#new-unit-form input[name=aliases]', '平凉财政局、市财政');
    await admin.fill('#new-unit-form input[name=codes]', '平财 平财发');
    await Promise.all([admin.waitForEvent('load'), admin.click('#new-unit-form button[type=submit]')]);
    const row = admin.locator('table.units tbody tr', { has: admin.locator('input[name=name][value="平凉市财政局"]') });
    expect(await row.locator('input[name=codes]').inputValue()).toBe('平财、平财发');
    expect(await row.locator('input[name=aliases]').inputValue()).toBe('平凉财政局、市财政');

    // The same short name cannot name a second unit: the page says why, in Chinese.
    await admin.fill('#new-unit-form input[name=name]', '平凉市地方税务局');
    await admin.fill('#new-unit-form input[name=shortName]', '市财政局');
    await admin.click('#new-unit-form button[type=submit]');
    await admin.waitForFunction(() => document.querySelector('main > section .form-message')?.textContent?.includes('重复'));
    await admin.screenshot({ path: path.join(artifactsDir, 'units-admin.png'), fullPage: true });

    // A new account chooses its unit from the list: there is no field to type one.
    await admin.goto(`${server.url}/admin/users`);
    expect(await admin.locator('#new-user-form input[name=unit]').count()).toBe(0);
    await admin.fill('#new-user-form input[name=username]', 'caizheng');
    await admin.fill('#new-user-form input[name=displayName]', '财政局联络员');
    await admin.selectOption('#new-user-form select[name=unitId]', { label: '平凉市财政局' });
    await admin.selectOption('#new-user-form select[name=role]', 'department');
    await admin.click('#new-user-form button[type=submit]');
    await admin.waitForFunction(() => document.querySelector('.form-message')?.textContent?.includes('caizheng 的一次性密码'));

    // An existing account moves to the unit by its row's choice; the list says so after a reload.
    const viewerRow = admin.locator('table.users tbody tr', { has: admin.locator('td', { hasText: /^viewer$/ }) });
    await viewerRow.locator('select[name=unitId]').selectOption({ label: '平凉市财政局' });
    await admin.waitForFunction(() => document.querySelector('.form-message')?.textContent?.includes('的单位改为 平凉市财政局'));
    await admin.reload();
    const selectedOf = (username: string) => admin.locator('table.users tbody tr', { has: admin.locator('td', { hasText: new RegExp(`^${username}$`) }) })
      .locator('select[name=unitId] option:checked').textContent();
    expect(await selectedOf('caizheng')).toBe('平凉市财政局');
    expect(await selectedOf('viewer')).toBe('平凉市财政局');
    expect(await selectedOf('staff')).toBe('市司法局');
    await admin.screenshot({ path: path.join(artifactsDir, 'units-accounts.png'), fullPage: true });
  });
});
