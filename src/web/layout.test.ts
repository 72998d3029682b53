import { expect, test } from 'vitest';
import { createTestApp, readFixture, upload } from '../test-app.js';

/** The first element a keyboard reaches in the page's markup (links, buttons, form controls, summaries). */
function firstFocusable(html: string): string | undefined {
  const body = html.slice(html.indexOf('<body'));
  return body.match(/<(?:a\s[^>]*href|button|input(?![^>]*type="hidden")|select|textarea|summary)\b[^>]*>/)?.[0];
}

test('every page opens with a skip link to <main id="main">, and the menu button controls the menu it names', async () => {
  const { app, as, rawApp } = createTestApp();
  await upload(app, [readFixture('010-docx-notice')]);
  const round = await app.request('/api/review/rounds', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '2026年度清理', scope: {}, startsOn: null, endsOn: null }),
  });
  expect(round.status).toBe(201);
  const admin = as('admin');
  type Client = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };
  const pages: [Client, string][] = [
    ...['/', '/documents', '/documents/1', '/upload', '/search', '/search?q=通知', '/review', '/review/1', '/review/dispositions/1',
      '/checklist', '/checklist/1', '/tracking', '/tracking/items/1', '/account/password', '/documents/999'].map((page): [Client, string] => [app, page]),
    [admin, '/admin/users'], [admin, '/admin/audit'], [rawApp, '/sign-in'],
  ];
  for (const [client, page] of pages) {
    const html = await (await client.request(page, { headers: { accept: 'text/html' } })).text();
    expect(firstFocusable(html), page).toBe('<a class="skip-link" href="#main">');
    expect(html, page).toContain('>跳到正文</a>');
    expect(html.match(/<main\b[^>]*>/)?.[0], page).toBe('<main id="main" tabindex="-1">');
    if (client !== rawApp) {
      const toggle = html.match(/<button[^>]*class="menu-toggle"[^>]*>/)?.[0] ?? '';
      expect(toggle, page).toContain('aria-expanded="false"');
      expect(toggle, page).toContain('aria-controls="site-menu"');
      expect(html, page).toContain('id="site-menu"');
    }
  }
});

test('the tables of the list pages label every cell, so they read as cards on a phone', async () => {
  const { app } = createTestApp();
  await upload(app, [readFixture('010-docx-notice')]);
  await app.request('/api/review/rounds', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '2026年度清理', scope: {}, startsOn: null, endsOn: null }),
  });
  for (const [page, table] of [['/documents', 'documents'], ['/review/1', 'dispositions'], ['/review', 'rounds'], ['/tracking', 'tracking-matrix']] as const) {
    const html = await (await app.request(page)).text();
    const body = html.match(new RegExp(`<table class="${table} card-table">[\\s\\S]*?</table>`))?.[0] ?? '';
    const cells = [...body.matchAll(/<td\b[^>]*>/g)].map((m) => m[0]);
    expect(cells.length, page).toBeGreaterThan(0);
    // Every cell but a row's checkbox says what it holds.
    for (const cell of cells.filter((c) => !c.includes('select-cell'))) expect(cell, page).toMatch(/data-label="[^"]+"/);
  }
});

test('the filters of the list, search and round pages fold behind 筛选条件, which counts those set', async () => {
  const { app } = createTestApp();
  const html = await (await app.request('/documents?level=规范性文件&yearFrom=2019')).text();
  expect(html).toContain('<details class="filter-fold" open=""><summary>筛选条件（已设 2 项）</summary>');
  expect(await (await app.request('/search?q=通知')).text()).toContain('<summary>筛选条件</summary>');
});
