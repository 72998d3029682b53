import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { addDays } from './tracking.models.js';
import { todayIso } from '../documents/documents.models.js';
import { createTestApp, ruleFile, upload, type TestClient } from '../test-app.js';

const send = (app: TestClient, method: string, url: string, body?: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
async function json(response: Promise<Response>, status = 200) {
  const res = await response;
  const body = res.status === 204 ? null : await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

function setUp() {
  const context = createTestApp();
  context.addUnits('市财政局', '市委督查室', '市考核办');
  const itemNamed = async (name: string) => (await json(context.app.request('/api/tracking/items'))).items.find((item: { name: string }) => item.name === name);
  return { ...context, department: context.as('department'), leader: context.as('leader'), admin: context.as('admin'), itemNamed };
}

test('a new installation has the eight institutions and six mechanisms of the brief, all at drafting', async () => {
  const { app } = setUp();
  const { items } = await json(app.request('/api/tracking/items'));
  expect(items.filter((i: { kind: string }) => i.kind === 'institution').map((i: { name: string }) => i.name)).toEqual([
    '党委决策制度', '专家咨询制度', '群众评议制度', '目标责任管理制度', '督查落实制度', '监督问责制度', '民主权利保障制度', '领导班子和领导干部实绩考核评价制度',
  ]);
  expect(items.filter((i: { kind: string }) => i.kind === 'mechanism').map((i: { name: string }) => i.name)).toEqual([
    '经济社会发展科学评价机制', '产业发展引导机制', '财税分配机制', '资源配置机制', '环保约束机制', '市、县(区)党委领导班子运行机制',
  ]);
  expect(new Set(items.map((i: { stage: string }) => i.stage))).toEqual(new Set(['drafting']));
});

describe('progress and stages', () => {
  test('a department reports on its own items and moves them one stage at a time; the log keeps who, when and what', async () => {
    const { app, department, itemNamed } = setUp();
    const item = await itemNamed('专家咨询制度');
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市司法局', lead: '张三', deadline: '2027-06-30' }));

    const first = await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '已形成初稿', advance: true }), 201);
    expect(first.item.stage).toBe('consultation');
    expect(first.report).toMatchObject({ stageFrom: 'drafting', stageTo: 'consultation', unit: '市司法局', actorName: expect.stringMatching(/^department/) });
    for (const stage of ['approved', 'applied', 'refined']) {
      expect((await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: `进入${stage}`, advance: true }), 201)).item.stage).toBe(stage);
    }
    expect((await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '再推进', advance: true }), 409)).error.code).toBe('tracking.stage_skip');
    await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '应用中收集意见', reportedOn: '2027-01-15' }), 201);

    const { reports, item: after } = await json(app.request(`/api/tracking/items/${item.id}`));
    expect(after.stage).toBe('refined');
    expect(reports.map((r: { text: string }) => r.text)).toEqual(['应用中收集意见', '进入refined', '进入applied', '进入approved', '已形成初稿']);
    expect(reports[0]).toMatchObject({ reportedOn: '2027-01-15', stageTo: null });
  });

  test('who may: departments not on other units\' items, leaders not report, viewers not read; staff correct a stage', async () => {
    const { app, department, leader, as, itemNamed } = setUp();
    const item = await itemNamed('财税分配机制');
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市财政局' }));
    expect((await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '进展' }), 403)).error.code).toBe('tracking.not_own_unit');
    expect((await send(leader, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '进展' })).status).toBe(403);
    expect((await send(department, 'PATCH', `/api/tracking/items/${item.id}`, { stage: 'applied' })).status).toBe(403);
    expect((await as('viewer').request('/api/tracking/dashboard')).status).toBe(403);
    // Staff may report on any item, and correct its stage by more than one step; the correction is logged.
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '法制科代报' }), 201);
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { stage: 'approved' }));
    const { reports } = await json(app.request(`/api/tracking/items/${item.id}`));
    expect(reports[0]).toMatchObject({ text: '调整阶段', stageFrom: 'drafting', stageTo: 'approved' });
    expect((await json(send(app, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '' }), 400)).error.code).toBe('request.invalid');
    const malformed = await app.request(`/api/tracking/items/${item.id}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
    expect(await json(Promise.resolve(malformed), 400)).toMatchObject({ error: { code: 'request.malformed' } });
  });

  test('a report carries attachments, downloaded byte for byte', async () => {
    const { department, app, itemNamed } = setUp();
    const item = await itemNamed('群众评议制度');
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市司法局' }));
    const form = new FormData();
    form.append('text', '会议审定通过');
    form.append('advance', 'true');
    const minutes = Buffer.from('会议纪要\n第一项……', 'utf8');
    form.append('files', new File([minutes], '会议纪要.txt'));
    const { report } = await json(department.request(`/api/tracking/items/${item.id}/reports`, { method: 'POST', body: form }), 201);
    const { reports } = await json(app.request(`/api/tracking/items/${item.id}`));
    expect(reports[0].attachments).toEqual([{ id: expect.any(Number), reportId: report.id, fileName: '会议纪要.txt', sizeBytes: minutes.length }]);
    const download = await app.request(`/api/tracking/attachments/${reports[0].attachments[0].id}`);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('会议纪要.txt'));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(minutes);
  });
});

test('an attachment\'s name is cleaned like a document\'s: no right-to-left override, no folders', async () => {
  const context = createTestApp();
  const { items } = await json(context.app.request('/api/tracking/items'));
  const form = new FormData();
  form.append('text', '附件名称');
  form.append('files', new File([Buffer.from('x')], '进展报告\u202Egpj.exe'));
  form.append('files', new File([Buffer.from('y')], '..\\..\\纪要\u0007.txt'));
  await json(context.app.request(`/api/tracking/items/${items[0].id}/reports`, { method: 'POST', body: form }), 201);
  const { reports } = await json(context.app.request(`/api/tracking/items/${items[0].id}`));
  expect(reports[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['进展报告gpj.exe', '纪要.txt']);
});

test('a progress report with a field the schema does not know is refused, as JSON and as a form', async () => {
  const context = createTestApp();
  const { items } = await json(context.app.request('/api/tracking/items'));
  const refused = await json(send(context.app, 'POST', `/api/tracking/items/${items[0].id}/reports`, { text: '进展', stageTo: 'applied' }), 400);
  expect(refused.error.code).toBe('request.invalid');
  const form = new FormData();
  form.append('text', '进展');
  form.append('reportedBy', '别人');
  expect((await json(context.app.request(`/api/tracking/items/${items[0].id}/reports`, { method: 'POST', body: form }), 400)).error.code).toBe('request.invalid');
  expect((await json(context.app.request(`/api/tracking/items/${items[0].id}`))).reports).toEqual([]);
});

test('an attachment over the size limit is refused and the report is not recorded', async () => {
  const context = createTestApp({ maxFileBytes: 1024 });
  const { items } = await json(context.app.request('/api/tracking/items'));
  const form = new FormData();
  form.append('text', '附件过大');
  form.append('files', new File([new Uint8Array(2048)], '大文件.pdf'));
  const refused = await json(context.app.request(`/api/tracking/items/${items[0].id}/reports`, { method: 'POST', body: form }), 413);
  expect(refused.error).toMatchObject({ code: 'tracking.attachment_too_large', message: '附件不能超过 1.0 KB' });
  expect((await json(context.app.request(`/api/tracking/items/${items[0].id}`))).reports).toEqual([]);
});

describe('links and coverage', () => {
  test('documents found by the item\'s keywords are suggested; accepted ones show on both sides, rejected ones are not offered again', async () => {
    const { app, itemNamed } = setUp();
    await upload(app, [
      ruleFile('平凉市重大行政决策专家咨询论证办法', '2021-03-01', { body: '建立专家咨询论证制度。' }),
      ruleFile('平凉市专家库管理办法', '2022-03-01', { body: '专家咨询费用按规定支付。' }),
      ruleFile('平凉市档案管理办法', '2024-02-01'),
    ]);
    const item = await itemNamed('专家咨询制度');
    const { suggestions } = await json(app.request(`/api/tracking/items/${item.id}`));
    expect(suggestions.map((s: { title: string }) => s.title).sort()).toEqual(['平凉市专家库管理办法', '平凉市重大行政决策专家咨询论证办法']);
    expect(suggestions[0]).toMatchObject({ keyword: '专家咨询' });
    const [accept, reject] = suggestions;
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/links`, { documentId: accept.id, accepted: true }), 204);
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/links`, { documentId: reject.id, accepted: false }), 204);
    const after = await json(app.request(`/api/tracking/items/${item.id}`));
    expect(after.suggestions).toEqual([]);
    expect(after.documents.map((d: { id: number }) => d.id)).toEqual([accept.id]);
    const documentPage = await (await app.request(`/documents/${accept.id}`)).text();
    expect(documentPage).toContain(`href="/tracking/items/${item.id}"`);
    const search = await json(app.request(`/api/search?q=${encodeURIComponent('办法')}&item=${item.id}`));
    expect(search.results.map((r: { id: number }) => r.id)).toEqual([accept.id]);
    expect((await json(send(app, 'POST', `/api/tracking/items/${item.id}/links`, { documentId: 99999, accepted: true }), 400)).error.code).toBe('tracking.document_not_found');
  });

  test('the dashboard counts each item\'s documents by their latest category, proposals as create, and flags the overdue', async () => {
    const { app, itemNamed } = setUp();
    await upload(app, [ruleFile('平凉市督查工作办法', '2019-03-01'), ruleFile('平凉市督查通报规定', '2018-03-01')]);
    const item = await itemNamed('督查落实制度');
    const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: '2026年度清理' }), 201);
    const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
    const { grounds } = await json(app.request('/api/review/grounds'));
    const ground = (code: string) => grounds.find((g: { code: string }) => g.code === code).id;
    await json(send(app, 'PATCH', `/api/review/dispositions/${dispositions[0].id}`, { category: 'improve', groundId: ground('improve_outdated'), itemIds: [item.id] }));
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/links`, { documentId: dispositions[1].documentId, accepted: true }), 204);
    await json(send(app, 'POST', `/api/review/rounds/${round.id}/proposals`, { proposedTitle: '平凉市督查结果运用办法', itemIds: [item.id] }), 201);
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { deadline: addDays(todayIso(), -1), responsibleUnit: '市委督查室' }));

    const dashboard = await json(app.request('/api/tracking/dashboard'));
    const row = dashboard.items.find((i: { id: number }) => i.id === item.id);
    expect(row.coverage).toEqual({ keep: 0, improve: 1, abolish: 0, create: 1, undecided: 1 });
    expect(row.overdue).toBe(true);
    expect(dashboard.units).toEqual(['市委督查室']);
    const byUnit = await json(app.request(`/api/tracking/dashboard?unit=${encodeURIComponent('市委督查室')}`));
    expect(byUnit.items.map((i: { name: string }) => i.name)).toEqual(['督查落实制度']);
  });
});

test('reminders list the overdue and those due within the days asked', async () => {
  const { app, itemNamed } = setUp();
  const today = todayIso();
  const late = await itemNamed('党委决策制度');
  const soon = await itemNamed('监督问责制度');
  const done = await itemNamed('环保约束机制');
  await json(send(app, 'PATCH', `/api/tracking/items/${late.id}`, { deadline: addDays(today, -3) }));
  await json(send(app, 'PATCH', `/api/tracking/items/${soon.id}`, { deadline: addDays(today, 10) }));
  await json(send(app, 'PATCH', `/api/tracking/items/${done.id}`, { deadline: addDays(today, -30), stage: 'applied' }));
  const due = await json(app.request('/api/tracking/due?days=30'));
  expect(due.overdue.map((i: { name: string }) => i.name)).toEqual(['党委决策制度']);
  expect(due.dueSoon.map((i: { name: string }) => i.name)).toEqual(['监督问责制度']);
  expect((await json(app.request('/api/tracking/due?days=5'))).dueSoon).toEqual([]);
});

test('an administrator renames, regroups, adds and removes items; an item with reports stays', async () => {
  const { app, admin, itemNamed } = setUp();
  const item = await itemNamed('资源配置机制');
  expect((await json(send(admin, 'PATCH', `/api/tracking/items/${item.id}/definition`, { name: '要素资源配置制度', kind: 'institution' }))).item).toMatchObject({ name: '要素资源配置制度', kind: 'institution' });
  const { item: added } = await json(send(admin, 'POST', '/api/tracking/items', { name: '政务公开制度', kind: 'institution' }), 201);
  expect((await json(app.request('/api/tracking/items'))).items.at(-1).name).toBe('政务公开制度');
  expect((await send(app, 'POST', '/api/tracking/items', { name: 'x', kind: 'institution' })).status).toBe(403);
  await json(send(admin, 'DELETE', `/api/tracking/items/${added.id}`), 204);
  await json(send(app, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '已启动' }), 201);
  expect((await json(send(admin, 'DELETE', `/api/tracking/items/${item.id}`), 409)).error.code).toBe('tracking.item_in_use');
  expect((await json(app.request('/api/tracking/items'))).items).toHaveLength(14);
});

describe('the briefing (工作简报)', () => {
  const text = async (response: Response) => (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;

  test('a preview has the masthead, the figures, the items with news and the others in one paragraph, Chinese dates', async () => {
    const { app, itemNamed } = setUp();
    const item = await itemNamed('目标责任管理制度');
    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市考核办', deadline: '2027-12-31' }));
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '考核办法已提交常委会审议', reportedOn: '2026-11-20', advance: true }), 201);
    const response = await app.request('/api/tracking/briefing');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('工作简报第1期'));
    const value = await text(response);
    // 报头: name, number (a preview is a 样稿), the office (the user's unit until one is set) and the date.
    expect(value).toMatch(/完善制度、创新机制工作简报\s+第1期（样稿）\s+市司法局\s+\d{4}年\d{1,2}月\d{1,2}日/);
    expect(value).toContain('共跟踪14项制度和机制（制度8项，机制6项）。按工作阶段：起草13项，征求意见1项，会议审定0项，印发实施0项，评估完善0项。');
    expect(value).toContain('本期为首期简报，截至目前，共收到进展报送1条，涉及1项；1项推进了工作阶段：目标责任管理制度由起草进入征求意见。');
    expect(value).toContain('（一）目标责任管理制度（制度）。责任单位市考核办，牵头人未明确，完成时限2027年12月31日，当前处于征求意见阶段。2026年11月20日，市司法局报送：考核办法已提交常委会审议。');
    // The thirteen without news in one paragraph, not thirteen paragraphs.
    expect(value).toMatch(/以下13项本期无新进展：党委决策制度（起草）、专家咨询制度（起草）、.*市、县\(区\)党委领导班子运行机制（起草）。/);
    expect(value).not.toContain('尚无进展报送');
    expect(value).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Nothing issued by a preview.
    expect((await json(app.request('/api/tracking/briefings'))).briefings).toEqual([]);
  });

  test('issuing numbers the briefings 第1期, 第2期, stores them, and each downloads again unchanged; the next tells what moved since', async () => {
    const { app, leader, department, itemNamed } = setUp();
    const item = await itemNamed('专家咨询制度');
    await json(send(app, 'PUT', '/api/tracking/office-settings', { office: '平凉市制度清理工作领导小组办公室', reportTo: '市委、市政府领导', copyTo: '各县（区）司法局' }));
    const first = (await json(send(app, 'POST', '/api/tracking/briefings'), 201)).briefing;
    expect(first).toMatchObject({ number: 1, office: '平凉市制度清理工作领导小组办公室', issuedOn: todayIso() });
    const firstText = await text(await app.request(`/api/tracking/briefings/${first.id}/file`));
    expect(firstText).toMatch(/第1期\s+平凉市制度清理工作领导小组办公室/);
    expect(firstText).not.toContain('样稿');
    expect(firstText).toMatch(/报送：市委、市政府领导\s+抄送：各县（区）司法局\s+平凉市制度清理工作领导小组办公室\s+\d{4}年\d{1,2}月\d{1,2}日印发/);

    await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市司法局' }));
    await json(send(app, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '初稿已完成', advance: true }), 201);
    const second = (await json(send(app, 'POST', '/api/tracking/briefings'), 201)).briefing;
    expect(second.number).toBe(2);
    const secondText = await text(await app.request(`/api/tracking/briefings/${second.id}/file`));
    expect(secondText).toMatch(/自上期简报（第1期，\d{4}年\d{1,2}月\d{1,2}日）以来，共收到进展报送1条，涉及1项；1项推进了工作阶段：专家咨询制度由起草进入征求意见。/);

    // Stored as issued: the same bytes every time, whoever downloads, and the hash says so.
    const a = Buffer.from(await (await app.request(`/api/tracking/briefings/${first.id}/file`)).arrayBuffer());
    const b = Buffer.from(await (await leader.request(`/api/tracking/briefings/${first.id}/file`)).arrayBuffer());
    expect(a.equals(b)).toBe(true);
    expect(createHash('sha256').update(a).digest('hex')).toBe(first.contentHash);
    const { briefings } = await json(department.request('/api/tracking/briefings'));
    expect(briefings.map((x: { number: number }) => x.number)).toEqual([2, 1]);
    expect(briefings[0]).not.toHaveProperty('bytes');
  });

  test('who may: staff issue, others read; the office name is set by staff or an administrator, and must not be empty', async () => {
    const { leader, department, admin, as } = setUp();
    await json(send(leader, 'POST', '/api/tracking/briefings'), 403);
    await json(send(department, 'POST', '/api/tracking/briefings'), 403);
    await json(send(department, 'PUT', '/api/tracking/office-settings', { office: '市司法局' }), 403);
    const body = await json(send(admin, 'PUT', '/api/tracking/office-settings', { office: '' }), 400);
    expect(body.error.code).toBe('request.invalid');
    await json(send(admin, 'PUT', '/api/tracking/office-settings', { office: '市委依法治市办' }));
    expect((await json(leader.request('/api/tracking/office-settings'))).settings).toEqual({ office: '市委依法治市办', reportTo: '', copyTo: '' });
    await json(as('viewer').request('/api/tracking/briefings'), 403);
    await json(leader.request('/api/tracking/briefings/999/file'), 404);
  });
});
