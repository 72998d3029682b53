import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** 25 short rules that all speak of 营商环境, uploaded as text files. */
const RULES = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  const title = `平凉市优化营商环境第${n}号办法`;
  const text = [`平政发〔2020〕${n}号`, '', title, '', `第一条 为了优化营商环境，制定本办法。`, `第二条 各部门应当改善营商环境，每年评估一次营商环境。`,
    `第三条 本办法自2020年${(n % 12) + 1}月1日起施行。`, '', '平凉市人民政府', `2020年${(n % 12) + 1}月1日`].join('\n');
  return { name: `${title}.txt`, text };
});

describe.skipIf(browserSkipReason)('search goes further, in a real browser', () => {
  const context = useBrowserAndServer();

  test('page to the last page, export all, save and reopen the search, step through the marks on a document', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, server.url, 'staff');
    const uploaded = await page.evaluate(async (rules) => {
      const body = new FormData();
      for (const rule of rules) body.append('files', new File([rule.text], rule.name));
      const csrf = document.querySelector('meta[name="csrf-token"]')!.getAttribute('content')!;
      return (await fetch('/api/documents', { method: 'POST', body, headers: { 'X-CSRF-Token': csrf } })).status;
    }, RULES);
    expect(uploaded).toBe(201);

    // Paging: 25 hits, 20 a page; the last page holds the rest, numbered on.
    await page.goto(`${server.url}/search?q=${encodeURIComponent('营商环境')}&limit=20`);
    expect(await page.textContent('.result-count')).toBe('共找到 25 件');
    expect(await page.textContent('.result-page')).toBe('第 1 / 2 页');
    await Promise.all([page.waitForURL(/page=2/), page.click('.result-pager a.pager-next')]);
    expect(await page.textContent('.result-page')).toBe('第 2 / 2 页');
    expect(await page.locator('ol.search-results > li').count()).toBe(5);
    expect(await page.getAttribute('ol.search-results', 'start')).toBe('21');

    // The compact view: one line per hit, kept when the page is opened again without saying so.
    await page.selectOption('#search-form select[name=view]', 'compact');
    await page.waitForSelector('table.search-compact');
    expect(await page.locator('table.search-compact tbody tr').count()).toBe(20);
    await page.screenshot({ path: path.join(artifactsDir, 'search-compact.png'), fullPage: true });
    await page.goto(`${server.url}/search?q=${encodeURIComponent('营商环境')}`);
    expect(await page.locator('table.search-compact tbody tr').count()).toBe(20);

    // Export: every match, not only the page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-links a.export-xlsx')]);
    expect(download.suggestedFilename()).toMatch(/^检索结果-营商环境-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets[0]!.rowCount).toBe(26);

    // Save the search by name, and reopen it from 我的检索.
    await page.fill('form.save-search input[name=name]', '营商环境办法');
    await page.click('form.save-search button[type=submit]');
    await page.waitForFunction(() => document.querySelector('form.save-search .form-message')?.textContent?.includes('已保存'));
    expect(await page.textContent('.my-searches-menu summary')).toBe('我的检索（1）');
    await page.goto(`${server.url}/documents`);
    await page.click('nav a[href="/my-searches"]');
    await page.waitForSelector('table.saved-searches');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.click('table.saved-searches a.saved-open')]);
    expect(await page.textContent('.result-count')).toBe('共找到 25 件');

    // Open a hit: every occurrence is marked, and the buttons step through them.
    await page.selectOption('#search-form select[name=view]', 'full');
    await page.waitForSelector('ol.search-results');
    await Promise.all([page.waitForURL(/\/documents\/\d+\?hl=/), page.click('ol.search-results a.result-title >> nth=0')]);
    const marks = await page.locator('#text-view mark.hit').count();
    expect(marks).toBeGreaterThanOrEqual(4);
    const counter = async () => (await page.textContent('#hit-counter'))!;
    const before = Number((await counter()).split(' / ')[0]);
    await page.click('#hit-next');
    expect(await counter()).toBe(`${before + 1} / ${marks}`);
    expect(await page.locator('#text-view mark.hit.current').count()).toBe(1);
    await page.click('#hit-prev');
    await page.click('#hit-prev');
    expect(await counter()).toBe(`${before - 1 < 1 ? marks : before - 1} / ${marks}`);
    await page.screenshot({ path: path.join(artifactsDir, 'search-highlights.png') });
    expect(errors).toEqual([]);
  });
});
