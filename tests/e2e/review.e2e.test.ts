import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ruleFile } from '../../src/test-app.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** Reloads the page the action reloads, and waits for it. */
async function clickAndReload(page: Page, selector: string) {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

const statusOf = (page: Page, title: string) =>
  page.locator('table.dispositions tbody tr', { has: page.getByRole('link', { name: title, exact: true }) }).locator('.review-status').allTextContents();

describe.skipIf(browserSkipReason)('review in a real browser', () => {
  const context = useBrowserAndServer();

  test('staff accept suggestions in bulk and submit; a leader returns one with a comment; staff fix and resubmit; the leader approves', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/upload`);
    await staff.setInputFiles('#file-input', [
      ruleFile('平凉市城市管理办法', '2015-03-01'),
      ruleFile('平凉市城市管理办法', '2021-06-01'),
      ruleFile('平凉市档案管理办法', '2024-02-01'),
    ].map(({ name, bytes }) => ({ name, mimeType: 'text/plain', buffer: bytes })));
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 3);

    // A new round takes in every document, each with the system's suggestion beside it.
    await staff.goto(`${server.url}/review`);
    await staff.fill('#new-round-form input[name=name]', '2026年度规范性文件清理');
    await Promise.all([staff.waitForURL(/\/review\/\d+$/), staff.click('#new-round-form button[type=submit]')]);
    const roundUrl = staff.url();
    expect(await staff.locator('table.dispositions tbody tr').count()).toBe(3);
    expect(await staff.locator('.suggestion-cell .category-abolish').count()).toBe(1);

    await staff.check('#select-all');
    await clickAndReload(staff, 'button[data-action=accept_suggestion]');
    expect(await staff.locator('table.dispositions tbody tr td:nth-child(4) .category').allTextContents()).toEqual(['坚持', '坚持', '废止']);
    await staff.check('#select-all');
    await clickAndReload(staff, 'button[data-action=submit]');
    expect(await staff.locator('table.dispositions .review-status').allTextContents()).toEqual(['待审核', '待审核', '待审核']);
    await staff.screenshot({ path: path.join(artifactsDir, 'review-round.png'), fullPage: true });

    // The leader returns the abolition with a comment and approves the rest.
    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    await leader.goto(roundUrl);
    const oldVersion = leader.locator('table.dispositions tbody tr', { has: leader.locator('.category-abolish') }).first();
    await oldVersion.locator('input[name=selected]').check();
    await leader.fill('#bulk-comment', '请在理由中写明新版本的文号');
    await clickAndReload(leader, 'button[data-action=return]');
    await leader.check('#select-all');
    await clickAndReload(leader, 'button[data-action=approve]');
    // The page shows what was done, and lists by title what was not, and why.
    expect(await leader.textContent('#bulk-message')).toBe('批准：共 3 项，已处理 2 项，未能处理 1 项。');
    expect(await leader.locator('#bulk-result table.refused tbody tr td').allTextContents()).toEqual(['平凉市城市管理办法', '只有待审核的清理意见可以批准或退回']);
    expect((await leader.locator('table.dispositions .review-status').allTextContents()).sort()).toEqual(['已批准', '已批准', '已退回']);

    // Staff see what was returned and why, fix it and resubmit.
    await staff.goto(`${roundUrl}?status=returned`);
    expect(await staff.textContent('table.dispositions')).toContain('退回意见：请在理由中写明新版本的文号');
    await Promise.all([staff.waitForURL(/\/review\/dispositions\/\d+\?status=returned$/), staff.click('table.dispositions tbody tr a')]);
    expect(await staff.textContent('.notice')).toContain('请在理由中写明新版本的文号');
    await staff.fill('textarea[name=reason]', '已被2021年6月1日印发的《平凉市城市管理办法》替代');
    await clickAndReload(staff, 'button[data-action=submit]');
    expect(await staff.textContent('h1 .review-status')).toBe('待审核');
    const dispositionUrl = staff.url();

    // The leader approves; the record is locked and its history tells the story.
    await leader.goto(dispositionUrl);
    await clickAndReload(leader, 'button[data-action=approve]');
    expect(await leader.textContent('h1 .review-status')).toBe('已批准');
    expect(await leader.locator('.history > ol > li strong').allTextContents()).toEqual(['批准', '重新提交', '修改', '退回', '提交审核', '采纳建议']);
    await leader.screenshot({ path: path.join(artifactsDir, 'review-disposition.png'), fullPage: true });

    await staff.reload();
    expect(await staff.locator('#disposition-form fieldset[disabled]').count()).toBeGreaterThan(0);
    await staff.goto(roundUrl);
    expect(await statusOf(staff, '平凉市城市管理办法')).toEqual(['已批准', '已批准']);
    expect(await staff.textContent('.dashboard')).toContain('已批准');
  });

  test('staff link any document of the inventory as legal basis, and a proposal to its uploaded draft, by title', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/upload`);
    await staff.setInputFiles('#file-input', [ruleFile('平凉市行政规范性文件管理办法', '2020-03-01'), ruleFile('平凉市专家论证办法（草案）', '2026-10-01')]
      .map(({ name, bytes }) => ({ name, mimeType: 'text/plain', buffer: bytes })));
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 2);
    await staff.goto(`${server.url}/review`);
    await staff.fill('#new-round-form input[name=name]', '依据与草案');
    await Promise.all([staff.waitForURL(/\/review\/\d+$/), staff.click('#new-round-form button[type=submit]')]);
    await staff.click('#proposal summary');
    await staff.fill('#proposal-form input[name=proposedTitle]', '平凉市专家论证办法');
    await Promise.all([staff.waitForURL(/dispositions\/\d+$/), staff.click('#proposal-form button[type=submit]')]);

    const pick = async (target: string, title: string) => {
      const picker = staff.locator(`.document-picker[data-target=${target}]`);
      await picker.fill(title.slice(0, 8));
      await staff.waitForFunction((t) => [...document.querySelectorAll('#document-options option')].some((o) => (o as HTMLOptionElement).value === t), title);
      await picker.fill(title);
      await picker.dispatchEvent('change');
    };
    await pick('basis', '平凉市行政规范性文件管理办法');
    await pick('draft', '平凉市专家论证办法（草案）');
    await Promise.all([staff.waitForEvent('load'), staff.click('#disposition-form button[type=submit]')]);
    expect(await staff.locator('input[name=basisDocumentId]:checked').count()).toBe(1);
    expect(await staff.textContent('.basis')).toContain('《平凉市行政规范性文件管理办法》');
    expect(await staff.getAttribute('.doc-line a', 'href')).toMatch(/^\/documents\/\d+$/);
    expect(await staff.textContent('.doc-line')).toContain('查看草案');
    expect(await staff.inputValue('.document-picker[data-target=draft]')).toBe('平凉市专家论证办法（草案）');
  });
});
