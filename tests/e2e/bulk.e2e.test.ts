import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seedRound } from '../../src/test-review.js';
import { createUnitDirectory } from '../../src/units/units.directory.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** Clicks what reloads the page when it is done (a bulk action), and waits for the reload. */
async function clickAndReload(page: Page, selector: string) {
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.click(selector)]);
}

describe.skipIf(browserSkipReason)('a leader approves a round of 1,000 in a real browser', () => {
  const context = useBrowserAndServer(async ({ db }) => {
    seedRound(db, { name: '2026年度规范性文件清理', count: 1000, status: 'submitted' });
  });

  test('from the round page: 待领导审核, 全选符合条件的 1000 项, 批准; a progress bar meanwhile, every one approved', async () => {
    const { browser, server } = context;
    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    await leader.goto(`${server.url}/review`);

    const started = performance.now();
    await Promise.all([leader.waitForURL(/\/review\/\d+$/), leader.click('a:text("2026年度规范性文件清理")')]);
    await Promise.all([leader.waitForURL(/status=submitted/), leader.click('a:text("待领导审核")')]);
    await leader.click('#select-matching');
    expect(await leader.textContent('#selected-count')).toBe('1,000');
    // The progress shown while it runs is noted where the reload leaves it readable.
    await leader.evaluate(() => {
      const text = document.getElementById('bulk-progress-text')!;
      new MutationObserver(() => sessionStorage.setItem('progress-seen', `${sessionStorage.getItem('progress-seen') ?? ''}|${text.textContent}`))
        .observe(text, { childList: true, characterData: true, subtree: true });
    });
    await clickAndReload(leader, 'button[data-action=approve]');
    const seconds = (performance.now() - started) / 1000;
    console.log(`e2e: a leader approved 1,000 dispositions in ${seconds.toFixed(1)} s (4 clicks, page loads included)`);

    expect(await leader.textContent('#bulk-message')).toBe('批准：共 1000 项，已处理 1000 项。');
    const progress = (await leader.evaluate(() => sessionStorage.getItem('progress-seen')))!.split('|').filter(Boolean);
    expect(progress.at(-1)).toBe('正在处理 1,000 / 1,000 项');
    expect(progress.length).toBeGreaterThan(2);
    expect(await leader.locator('table.dispositions tbody tr').count()).toBe(0);
    await leader.goto(leader.url().replace('status=submitted', 'status=approved'));
    expect(await leader.textContent('.pager .muted')).toContain('共 1000 项');
    await leader.screenshot({ path: path.join(artifactsDir, 'bulk-approved.png'), fullPage: false });
  }, 120_000);
});

describe.skipIf(browserSkipReason)('refused items in a real browser', () => {
  const context = useBrowserAndServer(async ({ db }) => {
    seedRound(db, { name: '2026年度清理', count: 150, status: 'draft', unitlessEvery: 10 });
    createUnitDirectory({ db }).ensure('市住建局');
  });

  test('staff submit all 150; the 15 without unit and deadline are listed as a table, set from the filter 上次未能处理的 and resubmitted; the disposition page steps and decides by keyboard', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/review`);
    await Promise.all([staff.waitForURL(/\/review\/\d+$/), staff.click('a:text("2026年度清理")')]);
    const roundUrl = staff.url();

    expect(await staff.isVisible('#clear-selection')).toBe(false);
    expect(await staff.isVisible('#bulk-progress')).toBe(false);
    await staff.click('#select-matching');
    expect(await staff.isVisible('#select-matching')).toBe(false);
    // Unticking a row of the page leaves it out of "all matching".
    await staff.locator('input[name=selected]').first().uncheck();
    expect(await staff.textContent('#selected-count')).toBe('149');
    await staff.locator('input[name=selected]').first().check();
    await clickAndReload(staff, 'button[data-action=submit]');
    expect(await staff.textContent('#bulk-message')).toBe('提交审核：共 150 项，已处理 135 项，未能处理 15 项。');
    const refused = staff.locator('#bulk-result table.refused tbody tr');
    expect(await refused.count()).toBe(15);
    expect(await refused.first().locator('td').nth(1).textContent()).toBe('清理意见不完整，请填写：责任单位、完成时限');
    await staff.screenshot({ path: path.join(artifactsDir, 'bulk-refused.png'), fullPage: false });
    // In the list the refused rows come last, not first.
    expect(await staff.locator('table.dispositions tbody tr').first().locator('.review-status').textContent()).toBe('待审核');

    await Promise.all([staff.waitForURL(/refused=1/), staff.click('#bulk-result a:text("只看这些")')]);
    expect(await staff.locator('table.dispositions tbody tr').count()).toBe(15);
    await staff.check('#select-all');
    await staff.selectOption('#bulk-unit', '市住建局');
    await staff.fill('#bulk-deadline', '2027-06-30');
    await clickAndReload(staff, 'button[data-action=set_unit]');
    expect(await staff.textContent('#bulk-message')).toBe('设定责任单位和时限：共 15 项，已处理 15 项。');
    // Still together, to be retried.
    expect(await staff.locator('table.dispositions tbody tr').count()).toBe(15);

    // One of them by keyboard on its page: the filter travels with it, n steps to the next, 2 and Ctrl+Enter decide.
    const first = await staff.locator('table.dispositions tbody tr a').first().getAttribute('href');
    await staff.goto(`${server.url}${first}`);
    expect(await staff.textContent('.list-navigation')).toContain('第 1 项，共 15 项');
    await Promise.all([staff.waitForURL(/refused=1/), staff.keyboard.press('n')]);
    expect(await staff.textContent('.list-navigation')).toContain('第 2 项，共 15 项');
    await staff.fill('textarea[name=reason]', 'n');  // typing in a field is not a shortcut
    expect(await staff.textContent('.list-navigation')).toContain('第 2 项，共 15 项');
    await staff.locator('h1').click();
    await staff.keyboard.press('3');
    expect(await staff.inputValue('select[name=category]')).toBe('abolish');
    await staff.keyboard.press('2');
    await staff.selectOption('select[name=groundId]', { label: '修改：部分内容不适应形势发展' });
    await Promise.all([staff.waitForEvent('load'), staff.keyboard.press('Control+Enter')]);
    expect(await staff.inputValue('select[name=category]')).toBe('improve');
    expect(await staff.inputValue('textarea[name=reason]')).toBe('n');

    await staff.goto(`${roundUrl}?refused=1`);
    await staff.check('#select-all');
    await clickAndReload(staff, 'button[data-action=submit]');
    expect(await staff.textContent('#bulk-message')).toBe('提交审核：共 15 项，已处理 15 项。');
    expect(await staff.locator('table.dispositions tbody tr').count()).toBe(0);
  }, 120_000);
});
