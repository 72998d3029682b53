import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ruleFile } from '../../src/test-app.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** A JSON request from the page, with the session's CSRF token, as the page scripts send them. */
function api(page: Page, method: string, url: string, body?: unknown): Promise<any> {
  return page.evaluate(async ({ method, url, body }) => {
    const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
  }, { method, url, body });
}

const bellLabel = (page: Page) => page.locator('.topbar .bell').getAttribute('aria-label');

describe.skipIf(browserSkipReason)('each role\'s inbox in a real browser', () => {
  const context = useBrowserAndServer();

  test('a leader follows the approval count to exactly those; staff see the return with its comment and a notification that becomes read', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/upload`);
    await staff.setInputFiles('#file-input', [
      ruleFile('平凉市城市管理办法', '2015-03-01'), ruleFile('平凉市档案管理办法', '2024-02-01'),
      ruleFile('平凉市物业管理办法', '2019-05-01'), ruleFile('平凉市绿化管理办法', '2020-05-01'), ruleFile('平凉市节能补助办法', '2018-01-01'),
    ].map(({ name, bytes }) => ({ name, mimeType: 'text/plain', buffer: bytes })));
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 5);
    const { round } = await api(staff, 'POST', '/api/review/rounds', { name: '2026年度清理' });
    const { dispositions } = await api(staff, 'GET', `/api/review/rounds/${round.id}/dispositions`);
    const { grounds } = await api(staff, 'GET', '/api/review/grounds');
    const ids = dispositions.map((d: { id: number }) => d.id) as number[];
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'set', ids, category: 'keep', groundId: grounds.find((g: any) => g.category === 'keep').id });
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: ids.slice(0, 4) });

    // The leader's home counts the four waiting; the count opens the round page with exactly those.
    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    await leader.goto(`${server.url}/`);
    const awaiting = leader.locator('a[data-inbox=awaiting-approval]');
    expect(await awaiting.textContent()).toBe('4');
    await Promise.all([leader.waitForURL(/\/review\/\d+\?status=submitted$/), awaiting.click()]);
    expect(await leader.locator('table.dispositions tbody tr').count()).toBe(4);
    expect((await leader.locator('table.dispositions .review-status').allTextContents())).toEqual(['待审核', '待审核', '待审核', '待审核']);
    await leader.screenshot({ path: path.join(artifactsDir, 'inbox-leader-approvals.png'), fullPage: true });

    // It returns one with a comment; its home then counts three, and the link lists three.
    const returnedTitle = (await leader.locator('table.dispositions tbody tr').first().locator('td.title-cell a').first().textContent())!.trim();
    await leader.locator('table.dispositions tbody tr').first().locator('input[name=selected]').check();
    await leader.fill('#bulk-comment', '请写明上位法依据');
    await Promise.all([leader.waitForEvent('load'), leader.click('button[data-action=return]')]);
    await leader.goto(`${server.url}/`);
    expect(await awaiting.textContent()).toBe('3');
    await Promise.all([leader.waitForURL(/status=submitted/), awaiting.click()]);
    expect(await leader.locator('table.dispositions tbody tr').count()).toBe(3);

    // Staff: the bell says one unread; the home shows the returned item with the leader's comment.
    await staff.goto(`${server.url}/`);
    expect(await bellLabel(staff)).toBe('通知：1 条未读');
    const returned = staff.locator('.returned-list li');
    expect(await returned.count()).toBe(1);
    expect(await returned.locator('a').textContent()).toBe(returnedTitle);
    expect(await returned.locator('.leader-comment').textContent()).toContain('请写明上位法依据');
    await staff.screenshot({ path: path.join(artifactsDir, 'inbox-staff.png'), fullPage: true });

    // By keyboard: the bell is reached with Tab and opens the notifications; opening the notification marks it read.
    let focused = '';
    for (let i = 0; i < 5 && focused !== 'bell'; i++) {
      await staff.keyboard.press('Tab');
      focused = await staff.evaluate(() => (document.activeElement as HTMLElement | null)?.className.split(' ')[0] ?? '');
    }
    expect(focused).toBe('bell');
    await Promise.all([staff.waitForURL(/\/notifications$/), staff.keyboard.press('Enter')]);
    const notification = staff.locator('ul.notifications li');
    expect(await notification.getAttribute('class')).toBe('unread');
    expect(await notification.locator('a.subject').textContent()).toContain('请写明上位法依据');
    await Promise.all([staff.waitForURL(/\/review\/dispositions\/\d+$/), notification.locator('a.subject').click()]);
    expect(await staff.locator('body').textContent()).toContain('请写明上位法依据');
    expect(await bellLabel(staff)).toBe('通知：没有未读');
    await staff.goto(`${server.url}/notifications`);
    expect(await notification.getAttribute('class')).toBe('read');
  });

  test('on a phone the bell stays in the header beside the menu button, and marking all read updates it', async () => {
    const { browser, server } = context;
    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    const staff = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/`);
    const { round } = await api(staff, 'POST', '/api/review/rounds', { name: '手机测试批次' });
    const { dispositions } = await api(staff, 'GET', `/api/review/rounds/${round.id}/dispositions`);
    const { grounds } = await api(staff, 'GET', '/api/review/grounds');
    const ids = dispositions.slice(0, 2).map((d: { id: number }) => d.id);
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'set', ids, category: 'keep', groundId: grounds.find((g: any) => g.category === 'keep').id });
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids });
    await leader.goto(`${server.url}/`);
    await api(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids, comment: '再核实' });

    await staff.goto(`${server.url}/notifications`);
    const bell = staff.locator('.topbar .bell');
    const box = (await bell.boundingBox())!;
    const menu = (await staff.locator('.topbar .menu-toggle').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(Math.abs(box.y - menu.y)).toBeLessThan(20);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await bellLabel(staff)).toBe('通知：2 条未读');
    await staff.screenshot({ path: path.join(artifactsDir, 'phone-notifications.png'), fullPage: true });
    await staff.click('#mark-all-read');
    await staff.waitForFunction(() => document.querySelectorAll('ul.notifications li.unread').length === 0);
    expect(await bellLabel(staff)).toBe('通知：没有未读');
    expect(await staff.locator('.topbar .bell-count').count()).toBe(0);
  });
});
