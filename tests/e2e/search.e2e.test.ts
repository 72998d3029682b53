import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

describe.skipIf(browserSkipReason)('search in a real browser', () => {
  const context = useBrowserAndServer();

  test('searching in traditional characters, as you type, finds the article and opens the document there', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url, 'admin');
    await Promise.all([page.waitForURL(/\/documents$/), page.click('#import-demo')]);

    // The search box in the shell leads to the search page; typing there answers as you type.
    await page.fill('.shell-search input', '專項資金');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('.shell-search input', 'Enter')]);
    await page.fill('#search-form input[name=q]', '專款專用 不得擠佔');
    await page.waitForFunction(() => [...document.querySelectorAll('ol.search-results mark')].some((m) => m.textContent === '不得挤占'));
    expect(await page.textContent('.result-count')).toBe('共找到 1 件');
    expect(await page.$$eval('select[name=type] option', (options) => options.map((o) => o.textContent))).toEqual(['全部文种', '实施细则（1）']);
    expect(page.url()).toContain(`q=${encodeURIComponent('專款專用 不得擠佔').replace(/%20/g, '+')}`);
    expect(await page.textContent('ol.search-results .tag')).toBe('第三条');
    expect(await page.$$eval('ol.search-results mark', (marks) => marks.map((m) => m.textContent))).toEqual(['专款专用', '不得挤占']);
    await page.screenshot({ path: path.join(artifactsDir, 'search.png') });

    await Promise.all([page.waitForURL(/\/documents\/\d+\?hl=[^#]+#article-3$/), page.click('ol.search-results a.result-title')]);
    expect(await page.textContent('#article-3')).toContain('专款专用');
    expect(await page.$eval('#article-3', (el) => el.matches(':target'))).toBe(true);
    // The hit's place is the current mark of the search's terms (typed in traditional, marked in the simplified text).
    expect(await page.textContent('#article-3 mark.hit.current')).toBe('专款专用');

    // The search URL, opened afresh, shows the same results without typing.
    await page.goto(`${server.url}/search?q=${encodeURIComponent('專項資金')}`);
    expect(await page.locator('ol.search-results li').count()).toBeGreaterThan(0);
  });
});
