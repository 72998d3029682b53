import { expect, test } from 'vitest';
import { addDays } from '../tracking/tracking.models.js';
import { todayIso } from '../documents/documents.models.js';
import { createTestApp, type TestClient } from '../test-app.js';

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('the dashboard shows the matrix, stage bars, overdue items in red and the briefing download; the unit view filters', async () => {
  const { app, as, addUnits } = createTestApp();
  addUnits('市委办公室');
  const { items } = await (await app.request('/api/tracking/items')).json();
  await send(app, 'PATCH', `/api/tracking/items/${items[0].id}`, { responsibleUnit: '市委办公室', deadline: addDays(todayIso(), -1) });
  await send(app, 'PATCH', `/api/tracking/items/${items[1].id}`, { responsibleUnit: '市司法局', deadline: addDays(todayIso(), 20), stage: 'approved' });
  const html = await (await as('leader').request('/tracking')).text();
  expect(html.match(/<tr class="overdue" data-item-id/g)).toHaveLength(1);
  expect(html).toContain('已于');
  expect(html).toContain('当前阶段：会议审定（第 3 / 5 阶段）');
  expect(html).toContain('href="/api/tracking/briefing"');
  expect(html).toContain('完善的制度（8 项）');
  expect(html).toMatch(/<svg[^>]*aria-label="按阶段：起草13，征求意见0，会议审定1，印发实施0，评估完善0"/);
  const unit = await (await as('leader').request(`/tracking?unit=${encodeURIComponent('市司法局')}`)).text();
  expect(unit.match(/data-item-id=/g)).toHaveLength(1);
  expect((await as('viewer').request('/tracking')).status).toBe(403);
});

test('the item page offers the report form only to the owning department and the legal office', async () => {
  const { app, as } = createTestApp();
  const { items } = await (await app.request('/api/tracking/items')).json();
  const [own, other] = items;
  await send(app, 'PATCH', `/api/tracking/items/${own.id}`, { responsibleUnit: '市司法局' });
  await send(app, 'PATCH', `/api/tracking/items/${other.id}`, { responsibleUnit: '市财政局' });
  const department = as('department');
  expect(await (await department.request(`/tracking/items/${own.id}`)).text()).toContain('id="report-form"');
  expect(await (await department.request(`/tracking/items/${other.id}`)).text()).not.toContain('id="report-form"');
  const staffPage = await (await app.request(`/tracking/items/${other.id}`)).text();
  expect(staffPage).toContain('id="report-form"');
  expect(staffPage).toContain('id="assignment-form"');
  expect(staffPage).not.toContain('id="definition-form"');
  expect(await (await as('admin').request(`/tracking/items/${other.id}`)).text()).toContain('id="definition-form"');
});

test('the briefing card: staff issue the next number and set the office; leaders download the issues; the list names each issue', async () => {
  const { app, as } = createTestApp();
  const leader = as('leader');
  const before = await (await app.request('/tracking')).text();
  expect(before).toContain('id="issue-briefing" data-number="1"');
  expect(before).toContain('id="office-settings-form"');
  expect(before).toContain('尚未印发简报');
  expect(await (await leader.request('/tracking')).text()).not.toContain('id="issue-briefing"');

  await send(app, 'PUT', '/api/tracking/office-settings', { office: '平凉市司法局<b>', reportTo: '', copyTo: '' });
  const { briefing } = await (await app.request('/api/tracking/briefings', { method: 'POST' })).json();
  const after = await (await leader.request('/tracking')).text();
  expect(after).toContain(`href="/api/tracking/briefings/${briefing.id}/file">第1期</a>`);
  expect(after).toContain('下载第2期样稿');
  // The office name is text, escaped.
  expect(after).toContain('平凉市司法局&lt;b&gt;');
  expect(after).not.toContain('id="office-settings-form"');
});
