import { expect, test } from 'vitest';
import { createTestApp, ruleFile, upload, type TestClient } from '../test-app.js';

const post = (app: TestClient, url: string, body: unknown) => app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function withRound() {
  const context = createTestApp();
  await upload(context.app, [
    ruleFile('平凉市城市管理办法', '2015-03-01'),
    ruleFile('平凉市城市管理办法', '2021-06-01'),
    ruleFile('<script>alert(1)</script>平凉市档案管理办法', '2024-02-01'),
  ]);
  const { round } = await (await post(context.app, '/api/review/rounds', { name: '2026年度<清理>' })).json();
  return { ...context, round };
}

test('the round page shows the dashboard, the suggestions and, for staff, the bulk actions; titles are escaped', async () => {
  const { app, as, round } = await withRound();
  const html = await (await app.request(`/review/${round.id}`)).text();
  expect(html).toContain('2026年度&lt;清理&gt;');
  expect(html).toContain('按类别（共 3 项）');
  expect(html).toMatch(/<svg[^>]*aria-label="按类别（共 3 项）：坚持0，完善0，废止0，新建0，未定3"/);
  expect(html).toContain('已有新版本');
  expect(html).toContain('data-action="accept_suggestion"');
  expect(html).not.toContain('data-action="approve"');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert(1)');

  const leaderHtml = await (await as('leader').request(`/review/${round.id}`)).text();
  expect(leaderHtml).toContain('data-action="approve"');
  expect(leaderHtml).not.toContain('data-action="accept_suggestion"');
  const departmentHtml = await (await as('department').request(`/review/${round.id}`)).text();
  expect(departmentHtml).not.toContain('id="bulk-bar"');
  expect((await as('viewer').request(`/review/${round.id}`)).status).toBe(403);
});

test('the round page filters by suggestion and keeps the filter in the URL; its history lists each change', async () => {
  const { app, round } = await withRound();
  const filtered = await (await app.request(`/review/${round.id}?suggested=abolish`)).text();
  expect(filtered.match(/name="selected"/g)).toHaveLength(1);
  expect(filtered).toContain('<option value="abolish" selected="">建议废止</option>');

  const { dispositions } = await (await app.request(`/api/review/rounds/${round.id}/dispositions`)).json();
  await post(app, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids: dispositions.map((d: { id: number }) => d.id) });
  const html = await (await app.request(`/review/${round.id}`)).text();
  expect(html.match(/<strong>采纳建议<\/strong>/g)).toHaveLength(3);
  expect(html).toContain('类别：未定 → 废止');
});

test('the disposition page shows the evidence and offers a leader approval only once submitted', async () => {
  const { app, as, round } = await withRound();
  const { dispositions } = await (await app.request(`/api/review/rounds/${round.id}/dispositions?suggested=abolish`)).json();
  const id = dispositions[0].id;
  const draft = await (await app.request(`/review/dispositions/${id}`)).text();
  expect(draft).toContain('已有同名的新版本《平凉市城市管理办法》（2021-06-01）');
  expect(draft).toContain('id="disposition-form"');
  expect(draft).not.toMatch(/<fieldset disabled/);

  await post(app, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids: [id] });
  await post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [id] });
  const submitted = await (await as('leader').request(`/review/dispositions/${id}`)).text();
  expect(submitted).toContain('data-action="approve"');
  expect(await (await app.request(`/review/dispositions/${id}`)).text()).toMatch(/<fieldset disabled/);
});

test('the document page shows the version chain, and the review to those who follow it', async () => {
  const { app, as, round } = await withRound();
  const { dispositions } = await (await app.request(`/api/review/rounds/${round.id}/dispositions?suggested=abolish`)).json();
  const documentId = dispositions[0].documentId;
  const html = await (await app.request(`/documents/${documentId}`)).text();
  expect(html).toContain('历次版本');
  expect(html).toContain('《平凉市城市管理办法》（2015-03-01） 本件');
  expect(html).toContain('<h2>清理情况</h2>');
  expect(html).toContain('2026年度&lt;清理&gt;');
  expect(html).not.toContain('修改记录（');
  await post(app, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids: [dispositions[0].id] });
  expect(await (await app.request(`/documents/${documentId}`)).text()).toContain('修改记录（1 条）');
  const viewerHtml = await (await as('viewer').request(`/documents/${documentId}`)).text();
  expect(viewerHtml).toContain('历次版本');
  expect(viewerHtml).not.toContain('<h2>清理情况</h2>');
});

test('a proposal\'s history names the institutions it serves', async () => {
  const { app, round } = await withRound();
  const { items } = await (await app.request('/api/tracking/items')).json();
  const { disposition } = await (await post(app, `/api/review/rounds/${round.id}/proposals`, { proposedTitle: '平凉市专家论证办法', itemIds: [items[1].id] })).json();
  const html = await (await app.request(`/review/dispositions/${disposition.id}`)).text();
  expect(html).toContain('对应制度/机制：空 → 专家咨询制度');
  expect(html).toContain('<strong>提出新建</strong>');
});
