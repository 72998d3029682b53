import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { todayIso } from '../../src/documents/documents.models.js';
import { ruleFile } from '../../src/test-app.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** A JSON request from the signed-in page, with its CSRF token, as the page scripts send them. */
function api(page: Page, method: string, url: string, body?: unknown): Promise<any> {
  return page.evaluate(async ({ method, url, body }) => {
    const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
    const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: body === undefined ? undefined : JSON.stringify(body) });
    return response.json();
  }, { method, url, body });
}

const ROUND = '2026年度规范性文件清理';

describe.skipIf(browserSkipReason)('what the clean-up decided, in a real browser', () => {
  const context = useBrowserAndServer();

  test('a leader approves a 废止 and search reads 已废止 with the round and date; staff link the revision of a 完善', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/upload`);
    await staff.setInputFiles('#file-input', [
      ruleFile('平凉市节能补助办法', '2018-01-01'),
      ruleFile('平凉市档案管理办法', '2020-02-01'),
      ruleFile('平凉市档案工作规定', '2026-09-01'),
    ].map(({ name, bytes }) => ({ name, mimeType: 'text/plain', buffer: bytes })));
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 3);

    // Staff propose: abolish one, improve another, and submit both.
    const { round } = await api(staff, 'POST', '/api/review/rounds', { name: ROUND });
    const { dispositions } = await api(staff, 'GET', `/api/review/rounds/${round.id}/dispositions`);
    const { grounds } = await api(staff, 'GET', '/api/review/grounds');
    const dispositionOf = (title: string) => dispositions.find((d: { title: string }) => d.title === title) as { id: number; documentId: number };
    const groundOf = (code: string) => grounds.find((g: { code: string }) => g.code === code).id as number;
    const abolished = dispositionOf('平凉市节能补助办法');
    const improved = dispositionOf('平凉市档案管理办法');
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: [abolished.id], category: 'abolish', groundId: groundOf('abolish_conflicts_higher_law'), reason: '与上位法不一致' });
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: [improved.id], category: 'improve', groundId: groundOf('improve_outdated'), responsibleUnit: '市司法局', deadline: '2027-06-30' });
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [abolished.id, improved.id] });

    // Before the decision, search says what the document's dates say.
    const viewer = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(viewer, server.url, 'viewer');
    await viewer.goto(`${server.url}/search?q=${encodeURIComponent('节能补助')}`);
    expect(await viewer.textContent('.search-results li .status')).toBe('现行有效');

    // The leader approves both on their pages.
    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    for (const { id } of [abolished, improved]) {
      await leader.goto(`${server.url}/review/dispositions/${id}`);
      await Promise.all([leader.waitForEvent('load'), leader.click('button[data-action=approve]')]);
      expect(await leader.textContent('h1 .review-status')).toBe('已批准');
    }

    // Everyone's search reads the outcome at once, with the round and the day it was approved.
    const [year, month, day] = todayIso().split('-').map(Number);
    for (const page of [leader, viewer]) {
      await page.goto(`${server.url}/search`);
      await page.fill('#search-form input[name=q]', '节能补助');
      await Promise.all([page.waitForURL(/\/search\?/), page.press('#search-form input[name=q]', 'Enter')]);
      const hit = page.locator('.search-results li').first();
      expect(await hit.locator('.status').textContent()).toBe('已废止');
      expect(await hit.textContent()).toContain(`${ROUND} ${year}年${month}月${day}日批准`);
    }
    await viewer.screenshot({ path: path.join(artifactsDir, 'cleanup-status-search.png'), fullPage: true });
    // The status filter of search finds it among the abolished.
    await viewer.goto(`${server.url}/search?q=${encodeURIComponent('平凉市')}&status=abolished`);
    expect(await viewer.locator('.search-results li .result-title').allTextContents()).toEqual(['平凉市节能补助办法']);

    // The 完善 waits for its revision; staff pick the new version on the document page.
    await staff.goto(`${server.url}/documents/${improved.documentId}`);
    expect(await staff.textContent('#document-status')).toBe('待修订');
    await staff.fill('form.revision-link input.title-picker', '平凉市档案工作规定');
    await staff.waitForFunction(() => document.querySelectorAll('form.revision-link datalist option').length > 0);
    await staff.fill('form.revision-link input.title-picker', '平凉市档案工作规定（2026-09-01）');
    await Promise.all([staff.waitForEvent('load'), staff.click('form.revision-link button[type=submit]')]);
    expect(await staff.textContent('#document-status')).toBe('已被修订');
    expect(await staff.textContent('#revised-by')).toContain('平凉市档案工作规定');
    await staff.screenshot({ path: path.join(artifactsDir, 'cleanup-status-document.png'), fullPage: true });
    await viewer.goto(`${server.url}/documents?status=revised`);
    expect(await viewer.locator('table tbody tr .title-cell a').allTextContents()).toEqual(['平凉市档案管理办法']);
  });
});
