import { expect, test } from 'vitest';
import { createTestApp, ruleFile, upload, type TestClient } from '../test-app.js';

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function withApprovedRound() {
  const context = createTestApp();
  const { app } = context;
  await upload(app, [ruleFile('平凉市档案管理办法', '2024-02-01'), ruleFile('平凉市<b>公园</b>管理办法', '2020-01-01')]);
  const { round } = await (await send(app, 'POST', '/api/review/rounds', { name: '2026年度清理' })).json();
  const { dispositions } = await (await app.request(`/api/review/rounds/${round.id}/dispositions`)).json();
  const ids = dispositions.map((d: { id: number }) => d.id);
  await send(app, 'POST', '/api/review/dispositions/propose', { action: 'accept_suggestion', ids });
  await send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids });
  await send(context.as('leader'), 'POST', '/api/review/dispositions/decide', { action: 'approve', ids: [ids[0]] });
  return { ...context, round, ids };
}

test('the checklist page shows the sections, the summary, the downloads and the versions; titles escaped', async () => {
  const { app, round } = await withApprovedRound();
  const html = await (await app.request(`/checklist/${round.id}`)).text();
  for (const heading of ['一、坚持（继续有效）的制度', '二、完善（修改）的制度', '三、废止（宣布失效）的制度', '四、新建的制度']) expect(html).toContain(heading);
  expect(html).toContain(`href="/api/checklist/rounds/${round.id}/export?format=docx"`);
  expect(html).toContain('另有 1 项尚未定类或尚未批准');
  expect(html).toContain('尚未生成过清单');
  expect(html).not.toContain('征求意见稿</span>');

  const draft = await (await app.request(`/checklist/${round.id}?all=1`)).text();
  expect(draft).toContain('征求意见稿</span>');
  expect(draft).toContain('平凉市&lt;b&gt;公园&lt;/b&gt;管理办法');
  expect(draft).toContain(`export?format=xlsx&amp;all=1`);
});

test('the print view records a version, breaks pages between sections and marks a draft on every page', async () => {
  const { app, round } = await withApprovedRound();
  const print = await (await app.request(`/checklist/${round.id}/print?all=1`)).text();
  expect(print).toContain('class="draft-watermark"');
  expect(print.match(/class="print-section"/g)).toHaveLength(4);
  expect(print).toContain('/static/print.css');
  const css = await (await app.request('/static/print.css')).text();
  expect(css).toMatch(/@page \{ size: A4/);
  expect(css).toMatch(/\.print-section \{ break-before: page; \}/);
  expect(css).toMatch(/thead \{ display: table-header-group; \}/);
  expect((await (await app.request(`/api/checklist/rounds/${round.id}/versions`)).json()).versions).toHaveLength(1);
});

test('two versions compare on the page', async () => {
  const { app, as, round, ids } = await withApprovedRound();
  const first = (await app.request(`/api/checklist/rounds/${round.id}/export?format=csv`)).headers.get('x-checklist-version');
  await send(as('leader'), 'POST', '/api/review/dispositions/decide', { action: 'approve', ids: [ids[1]] });
  const second = (await app.request(`/api/checklist/rounds/${round.id}/export?format=csv`)).headers.get('x-checklist-version');
  const html = await (await app.request(`/checklist/${round.id}?from=${first}&to=${second}`)).text();
  expect(html).toContain(`版本 #${first} → #${second} 的变化`);
  expect(html).toContain('新增 1 项');
  expect((await as('viewer').request(`/checklist/${round.id}`)).status).toBe(403);
});
