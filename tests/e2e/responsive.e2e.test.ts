import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** Where the keyboard focus is: the focused element's id, tag and computed outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    // A visually hidden control (the file input) shows its focus on the label that wraps it.
    const shown = element.matches('.visually-hidden') ? element.closest('label') ?? element : element;
    const style = getComputedStyle(shown);
    return { id: element.id, tag: element.tagName, text: element.textContent?.trim() ?? '', action: element.dataset.action ?? null, outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
  });
}

/** Presses Tab until `found` says the focus is where it should be (at most `limit` times). */
async function tabTo(page: Page, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (found(f)) return f;
  }
  throw new Error('not reached by Tab');
}

describe.skipIf(browserSkipReason)('phones and keyboards', () => {
  let roundUrl = '';
  const context = useBrowserAndServer(async ({ browser, url }) => {
    // The demo documents, and a round over them.
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, url, 'admin');
    await Promise.all([page.waitForURL(/\/documents$/), page.click('#import-demo')]);
    await page.context().clearCookies();
    await signIn(page, url, 'staff');
    await page.goto(`${url}/review`);
    await page.fill('#new-round-form input[name=name]', '2026年度规范性文件清理');
    await Promise.all([page.waitForURL(/\/review\/\d+$/), page.click('#new-round-form button[type=submit]')]);
    roundUrl = page.url();
    await page.close();
  });

  test('at 390 px the menu button opens the navigation, filters fold, tables read as cards, and no page scrolls sideways', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, server.url, 'staff');
    await page.goto(`${server.url}/documents`);

    // The header: the navigation is folded behind the menu button, which opens and closes it.
    const menu = page.locator('button.menu-toggle');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('site-menu');
    expect(await page.isVisible('#site-menu nav a[href="/review"]')).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('#site-menu nav a[href="/review"]')).toBe(true);
    expect(await page.isVisible('.shell-search input')).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'phone-menu.png') });
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.isVisible('#site-menu nav a[href="/review"]')).toBe(false);
    // The keyboard works it as well: Enter on the focused button opens it.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#site-menu nav a[href="/review"]')).toBe(true);
    await Promise.all([page.waitForURL(/\/review$/), page.click('#site-menu nav a[href="/review"]')]);
    expect(await page.isVisible('#site-menu nav')).toBe(false);

    // Filters fold away behind "筛选条件", and open on a tap.
    await page.goto(`${server.url}/documents`);
    expect(await page.isVisible('form.filters select[name=issuer]')).toBe(false);
    await page.click('details.filter-fold > summary');
    expect(await page.isVisible('form.filters select[name=issuer]')).toBe(true);

    // The documents table reads as cards: each row a block, each cell under its label.
    const row = page.locator('table.documents tbody tr').first();
    expect(['block', 'grid', 'flex']).toContain(await row.evaluate((el) => getComputedStyle(el).display));
    const issuerLabel = await row.locator('td[data-label="发文机关"]').evaluate((el) => getComputedStyle(el, '::before').content);
    expect(issuerLabel).toBe('"发文机关"');
    const [first, second] = await page.locator('table.documents tbody tr').evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getBoundingClientRect()));
    expect(second!.top).toBeGreaterThanOrEqual(first!.bottom); // one card under another
    expect(first!.width).toBeLessThanOrEqual(PHONE.width);
    // The sort links stay above the cards.
    expect(await page.isVisible('table.documents thead a')).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'phone-documents.png'), fullPage: true });

    // The round table too, with its checkboxes; and "select all" is still there.
    await page.goto(roundUrl);
    const disposition = page.locator('table.dispositions tbody tr').first();
    expect(await disposition.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await disposition.locator('td[data-label="状态"]').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"状态"');
    expect(await page.isVisible('#select-all')).toBe(true);
    await page.check('#select-all');
    expect(await page.textContent('#selected-count')).toBe(String(await page.locator('table.dispositions tbody tr').count()));
    await page.screenshot({ path: path.join(artifactsDir, 'phone-review-round.png'), fullPage: true });
    await page.locator('table.dispositions tbody tr').nth(1).screenshot({ path: path.join(artifactsDir, 'phone-review-round-card.png') });

    await page.goto(`${server.url}/search?q=${encodeURIComponent('资金')}`);
    expect(await page.locator('ol.search-results li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifactsDir, 'phone-search.png'), fullPage: true });

    // No main page scrolls sideways.
    const dispositionPath = await page.goto(roundUrl).then(() => page.getAttribute('table.dispositions tbody tr .title-cell a', 'href'));
    const documentPath = await page.goto(`${server.url}/documents`).then(() => page.getAttribute('table.documents tbody tr .title-cell a', 'href'));
    for (const pathname of ['/', '/documents', `/search?q=${encodeURIComponent('资金')}`, '/review', new URL(roundUrl).pathname, '/checklist', '/tracking', '/upload',
      documentPath!, dispositionPath!, '/tracking/items/1', `/checklist/${new URL(roundUrl).pathname.split('/').pop()}`, '/account/password']) {
      await page.goto(`${server.url}${pathname}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, pathname).toBeLessThanOrEqual(PHONE.width);
      if (pathname === '/tracking') await page.locator('table.tracking-matrix').screenshot({ path: path.join(artifactsDir, 'phone-tracking-table.png') });
      if (pathname === documentPath || pathname === dispositionPath) await page.screenshot({ path: path.join(artifactsDir, `phone-${pathname.split('/')[1]}-page.png`), fullPage: true });
    }
  });

  test('at 390 px the administrator\'s pages read as cards without sideways scrolling, and their actions stay in reach', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, server.url, 'admin');
    for (const pathname of ['/admin/users', '/admin/audit']) {
      await page.goto(`${server.url}${pathname}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(PHONE.width);
    }
    await page.goto(`${server.url}/admin/users`);
    const user = page.locator('table.users tbody tr', { hasText: 'viewer用户' });
    expect(await user.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await user.locator('td[data-label="操作"]').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"操作"');
    expect(await user.locator('button[data-action=reset]').isVisible()).toBe(true);
    expect(await user.locator('select[name=role]').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'phone-users.png'), fullPage: true });
  });

  test('with the keyboard: the skip link comes first and moves to the page, and every action shows where the focus is', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, server.url, 'staff');

    // Wide, the filters stand open in one line and the menu button is not shown.
    await page.goto(`${server.url}/documents`);
    expect(await page.isVisible('form.filters select[name=issuer]')).toBe(true);
    expect(await page.isVisible('details.filter-fold > summary')).toBe(false);
    expect(await page.isVisible('button.menu-toggle')).toBe(false);
    expect(await page.isVisible('#site-menu nav a[href="/review"]')).toBe(true);
    expect(await page.locator('table.documents tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    await page.screenshot({ path: path.join(artifactsDir, 'desktop-documents.png') });

    for (const pathname of ['/documents', '/tracking']) {
      await page.goto(`${server.url}${pathname}`);
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip.text, pathname).toBe('跳到正文');
      expect(skip.outlineStyle).not.toBe('none');
      expect(await page.isVisible('a.skip-link')).toBe(true);
      await page.keyboard.press('Enter');
      expect((await focused(page)).id, pathname).toBe('main');
      // The next Tab goes on from the page's content, not from the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement!.closest('main') !== null), pathname).toBe(true);
    }

    // The upload button: a hidden file input would be skipped by Tab, this one is reached and its label outlined.
    await page.goto(`${server.url}/upload`);
    const upload = await tabTo(page, (f) => f.id === 'file-input');
    expect(upload.outlineStyle).not.toBe('none');

    // On the round page: a bulk action, then the checkboxes of the table below it, each with a visible outline.
    await page.goto(roundUrl);
    const bulk = await tabTo(page, (f) => f.action === 'submit');
    expect(bulk.outlineStyle).not.toBe('none');
    expect(bulk.outlineWidth).not.toBe('0px');
    await page.locator('#bulk-bar').screenshot({ path: path.join(artifactsDir, 'keyboard-bulk-focus.png') });
    const selectAll = await tabTo(page, (f) => f.id === 'select-all');
    expect(selectAll.outlineStyle).not.toBe('none');
    await page.keyboard.press('Space');
    expect(Number(await page.textContent('#selected-count'))).toBeGreaterThan(0);
    const rowBox = await tabTo(page, (f) => f.tag === 'INPUT' && f.id === '');
    expect(rowBox.outlineStyle).not.toBe('none');

    // Buttons styled as links (sign out) and the header's search box with its title suggestions show focus too.
    await page.goto(`${server.url}/documents`);
    const signOut = await tabTo(page, (f) => f.id === 'sign-out');
    expect(signOut.outlineStyle).not.toBe('none');
    await page.goto(`${server.url}/documents`);
    const search = await tabTo(page, (f) => f.tag === 'INPUT');
    expect(search.outlineStyle).not.toBe('none');
    await page.screenshot({ path: path.join(artifactsDir, 'keyboard-focus.png') });
  });
});
