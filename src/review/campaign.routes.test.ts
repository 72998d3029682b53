import { describe, expect, test } from 'vitest';
import { createTestApp, upload, type TestClient } from '../test-app.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
async function errorOf(response: Response | Promise<Response>) {
  const res = await response;
  return { status: res.status, code: (await res.json()).error?.code as string | undefined };
}

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const post = (app: TestClient, url: string, body: unknown) => send(app, 'POST', url, body);

/** A rule issued by a unit: its name in the signature, so the units feature makes that unit the document's lead. */
function unitRule(title: string, issuer: string, date: string) {
  const [y, m, d] = date.split('-').map(Number);
  const text = [title, '', `第一条 为了规范${title}有关工作，制定本办法。`, `第二条 本办法自${y}年${m}月${d}日起施行。`, '', issuer, `${y}年${m}月${d}日`].join('\n');
  return { name: `${title}.txt`, bytes: Buffer.from(text) };
}

/**
 * Three documents of 财政局, one of 教育局, one of an issuer outside the unit list (the legal office keeps it);
 * a campaign round over them, launched with a 报送 deadline already past.
 */
async function setUp() {
  const context = createTestApp();
  const { app: staff } = context;
  const finance = context.as('department', { unit: '平凉市财政局' });
  const education = context.as('department', { unit: '平凉市教育局' });
  const leader = context.as('leader');
  await json(upload(staff, [
    unitRule('平凉市财政专项资金管理办法', '平凉市财政局', '2016-03-01'),
    unitRule('平凉市政府采购管理办法', '平凉市财政局', '2018-05-01'),
    unitRule('平凉市学校安全管理办法', '平凉市教育局', '2017-09-01'),
    unitRule('平凉市气象灾害防御办法', '平凉市气象台', '2015-01-01'),
  ]), 201);
  const { round } = await json(post(staff, '/api/review/rounds', { name: '2026年度规范性文件清理' }), 201);
  const launched = await json(post(staff, `/api/campaign/rounds/${round.id}/launch`, { submitBy: '2026-01-31' }));
  const { dispositions } = await json(staff.request(`/api/review/rounds/${round.id}/dispositions`));
  const idOf = (title: string) => dispositions.find((d: any) => d.title === title).id as number;
  const { grounds } = await json(staff.request('/api/review/grounds'));
  const groundId = (code: string) => grounds.find((g: { code: string }) => g.code === code).id as number;
  const fill = (client: TestClient, title: string, patch: Record<string, unknown>) => json(send(client, 'PATCH', `/api/campaign/dispositions/${idOf(title)}`, patch));
  return { ...context, staff, finance, education, leader, round, launched, idOf, groundId, fill, url: `/api/campaign/rounds/${round.id}` };
}

describe('launching a campaign (谁制定、谁清理)', () => {
  test('each document goes to its responsible unit; one without a unit stays with the legal office', async () => {
    const { staff, finance, launched, url, round, as } = await setUp();
    expect(launched.assigned).toBe(3);
    expect(launched.round).toMatchObject({ mode: 'campaign', submitBy: '2026-01-31' });
    const { lines } = await json(staff.request(url));
    expect(lines.map((l: any) => [l.unit, l.owned, l.late])).toEqual([
      ['平凉市财政局', 2, true], ['平凉市教育局', 1, true], ['法制机构（未分派）', 1, false],
    ]);
    expect((await errorOf(post(staff, `${url}/launch`, {}))).code).toBe('campaign.already_launched');
    for (const client of [finance, as('leader'), as('admin')]) expect((await post(client, `/api/campaign/rounds/${round.id}/launch`, {})).status).toBe(403);
  });

  test('the legal office reassigns an item not yet reported, to another unit or to itself', async () => {
    const { staff, education, idOf, url } = await setUp();
    const id = idOf('平凉市气象灾害防御办法');
    const educationUnit = (await json(education.request(url))).lines[0].unitId;
    const { disposition, history } = await json(send(staff, 'PUT', `/api/campaign/dispositions/${id}/owner`, { unitId: educationUnit }));
    expect(disposition.ownerUnitId).toBe(educationUnit);
    expect(history[0]).toMatchObject({ action: 'reassigned', changes: { ownerUnitId: [null, educationUnit] } });
    expect((await json(education.request(url))).lines[0].owned).toBe(2);
    expect((await send(education, 'PUT', `/api/campaign/dispositions/${id}/owner`, { unitId: null })).status).toBe(403);
  });

  test('a document imported after the launch and added to the round goes to its unit too', async () => {
    const { staff, finance, round } = await setUp();
    await json(upload(staff, [unitRule('平凉市国有资产管理办法', '平凉市财政局', '2019-01-01')]), 201);
    expect((await json(post(staff, `/api/review/rounds/${round.id}/add-documents`, {}))).added).toBe(1);
    const { dispositions } = await json(finance.request(`/api/review/rounds/${round.id}/dispositions`));
    expect(dispositions.map((d: any) => d.title)).toContain('平凉市国有资产管理办法');
  });
});

describe('a department sees and changes only its own unit’s items', () => {
  test('lists, counts, details, history, the document page and the dashboard hold only its unit', async () => {
    const { finance, education, staff, round, idOf, url } = await setUp();
    const own = await json(finance.request(`/api/review/rounds/${round.id}/dispositions`));
    expect(own.dispositions.map((d: any) => d.title).sort()).toEqual(['平凉市政府采购管理办法', '平凉市财政专项资金管理办法']);
    expect((await json(finance.request(`/api/review/rounds/${round.id}`))).counts.total).toBe(2);
    expect((await json(staff.request(`/api/review/rounds/${round.id}`))).counts.total).toBe(4);
    expect((await json(finance.request('/api/review/rounds'))).rounds[0].total).toBe(2);
    expect((await json(staff.request('/api/review/rounds'))).rounds[0].total).toBe(4);

    const other = idOf('平凉市学校安全管理办法');
    expect((await errorOf(finance.request(`/api/review/dispositions/${other}`))).code).toBe('review.disposition_not_found');
    expect((await finance.request(`/review/dispositions/${other}`)).status).toBe(404);
    expect((await json(education.request(`/api/review/dispositions/${other}`))).disposition.id).toBe(other);

    const history = await json(finance.request(`/api/review/rounds/${round.id}/history`));
    expect(history.history.length).toBe(2);
    expect(history.history.every((h: any) => h.title !== '平凉市学校安全管理办法')).toBe(true);

    const otherDocument = (await json(education.request(`/api/review/dispositions/${other}`))).disposition.documentId;
    const review = await json(finance.request(`/api/review/documents/${otherDocument}`));
    expect(review.dispositions).toEqual([]);
    expect(review.history).toEqual([]);
    expect(await (await finance.request(`/documents/${otherDocument}`)).text()).not.toContain('分派责任单位');

    const dashboard = await json(finance.request(`${url}?unit=${(await json(education.request(url))).lines[0].unitId}`));
    expect(dashboard.lines.map((l: any) => l.unit)).toEqual(['平凉市财政局']);
    expect(dashboard.unit.dispositions.map((d: any) => d.title).sort()).toEqual(['平凉市政府采购管理办法', '平凉市财政专项资金管理办法']);

    const roundPage = await (await finance.request(`/review/${round.id}`)).text();
    expect(roundPage).toContain('平凉市政府采购管理办法');
    expect(roundPage).not.toContain('平凉市学校安全管理办法');
    const campaignPage = await (await finance.request(`/campaign/${round.id}`)).text();
    expect(campaignPage).toContain('平凉市政府采购管理办法');
    expect(campaignPage).not.toContain('平凉市学校安全管理办法');
  });

  test('the checklist and the publication of the round stay closed to departments until the result is published', async () => {
    const { finance, staff, round } = await setUp();
    for (const url of [`/api/checklist/rounds/${round.id}`, `/api/checklist/rounds/${round.id}/export?format=csv&all=1`, `/checklist/${round.id}`,
      `/checklist/${round.id}/print?all=1`, `/api/checklist/rounds/${round.id}/versions`, `/api/publication/rounds/${round.id}`,
      `/api/publication/rounds/${round.id}/export?format=html`, `/checklist/${round.id}/publication`]) {
      expect((await errorOf(finance.request(url))).status, url).toBe(403);
      expect((await staff.request(url)).status, url).toBe(200);
    }
  });

  test('it cannot change another unit’s item, use the legal office’s or the leaders’ actions, nor change what it reported', async () => {
    const { finance, education, staff, idOf, groundId, fill, round } = await setUp();
    const other = idOf('平凉市学校安全管理办法');
    expect((await errorOf(send(finance, 'PATCH', `/api/campaign/dispositions/${other}`, { category: 'keep' }))).code).toBe('review.disposition_not_found');
    expect((await errorOf(post(finance, '/api/campaign/dispositions/accept-suggestions', { ids: [other] })))).toMatchObject({ status: 200 });
    expect((await json(post(finance, '/api/campaign/dispositions/accept-suggestions', { ids: [other] }))).skipped[0].code).toBe('review.disposition_not_found');
    const own = idOf('平凉市政府采购管理办法');
    expect((await send(finance, 'PATCH', `/api/review/dispositions/${own}`, { category: 'keep' })).status).toBe(403);
    expect((await post(finance, '/api/review/dispositions/decide', { action: 'approve', ids: [own] })).status).toBe(403);
    expect((await post(finance, '/api/campaign/dispositions/review', { action: 'agree', ids: [own] })).status).toBe(403);

    await fill(finance, '平凉市政府采购管理办法', { category: 'keep', groundId: groundId('keep_valid'), reason: '仍然适用' });
    expect((await errorOf(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '报送' }))).code).toBe('campaign.incomplete');
    await fill(finance, '平凉市财政专项资金管理办法', { category: 'improve', groundId: groundId('improve_outdated'), reason: '资金拨付程序需调整', deadline: '2027-06-30' });
    expect((await errorOf(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '' }))).status).toBe(400);
    expect((await json(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '经局务会研究，报送本局清理意见。' }))).reported).toBe(2);
    expect((await errorOf(send(finance, 'PATCH', `/api/campaign/dispositions/${own}`, { reason: '改' }))).code).toBe('campaign.reported');
    expect((await errorOf(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '再报' }))).code).toBe('campaign.nothing_to_report');
    // Filtering the document list by category does not reveal a unit's proposal to other departments before it is decided.
    const byCategory = async (client: TestClient) => (await json(client.request('/api/documents?category=keep'))).documents.map((d: any) => d.title);
    expect(await byCategory(staff)).toContain('平凉市政府采购管理办法');
    expect(await byCategory(education)).not.toContain('平凉市政府采购管理办法');
  });

  test('the legal office cannot be bypassed: staff cannot decide a unit’s item for it, leaders approve only what the office reviewed', async () => {
    const { staff, leader, finance, idOf, groundId, fill, round } = await setUp();
    const own = idOf('平凉市政府采购管理办法');
    expect((await errorOf(send(staff, 'PATCH', `/api/review/dispositions/${own}`, { category: 'keep' }))).code).toBe('review.owned_by_unit');
    expect((await json(post(staff, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids: [own] }))).skipped[0].code).toBe('review.owned_by_unit');
    await fill(finance, '平凉市政府采购管理办法', { category: 'keep', groundId: groundId('keep_valid') });
    await fill(finance, '平凉市财政专项资金管理办法', { category: 'abolish', groundId: groundId('abolish_expired') });
    await json(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '报送' }));
    expect((await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [own] }))).skipped[0].code).toBe('review.invalid_transition');
    expect((await json(post(staff, '/api/review/dispositions/propose', { action: 'submit', ids: [own] }))).skipped[0].code).toBe('review.not_editable');
    expect((await post(finance, `/api/campaign/dispositions/${own}/amend`, { category: 'keep', groundId: groundId('keep_valid'), reason: '', note: 'x' })).status).toBe(403);
  });
});

describe('the legal office reviews each unit’s report', () => {
  test('agree, amend (the unit’s proposal kept beside), return; a leader’s return goes back to the legal office; all in the history', async () => {
    const { staff, leader, finance, idOf, groundId, fill, round, url } = await setUp();
    await fill(finance, '平凉市政府采购管理办法', { category: 'keep', groundId: groundId('keep_valid'), reason: '仍然适用' });
    await fill(finance, '平凉市财政专项资金管理办法', { category: 'keep', groundId: groundId('keep_valid'), reason: '继续执行' });
    const proposal = await json(post(finance, `/api/campaign/rounds/${round.id}/proposals`, { proposedTitle: '平凉市预算绩效管理办法', gap: '预算绩效无制度', deadline: '2027-03-31' }), 201);
    expect(proposal.disposition).toMatchObject({ category: 'create', responsibleUnit: '平凉市财政局', status: 'draft' });
    await json(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '报送三项' }));

    const purchase = idOf('平凉市政府采购管理办法');
    const fund = idOf('平凉市财政专项资金管理办法');
    const seen = await json(staff.request(`${url}?unit=${proposal.disposition.ownerUnitId}`));
    expect(seen.unit.dispositions.map((d: any) => d.status)).toEqual(['proposed', 'proposed', 'proposed']);
    expect(seen.lines.find((l: any) => l.unit === '平凉市财政局')).toMatchObject({ owned: 3, proposed: 3, outstanding: 0, late: false, lastReport: { statement: '报送三项', itemCount: 3 } });

    expect((await json(post(staff, '/api/campaign/dispositions/review', { action: 'agree', ids: [purchase, proposal.disposition.id] }))).updated.length).toBe(2);
    const amended = await json(post(staff, `/api/campaign/dispositions/${fund}/amend`, {
      category: 'improve', groundId: groundId('improve_outdated'), reason: '与新预算法不一致', deadline: '2027-06-30', note: '该办法部分条款与预算法冲突，应修改而非继续有效',
    }));
    expect(amended.disposition).toMatchObject({
      status: 'submitted', category: 'improve', reason: '与新预算法不一致', responsibleUnit: '平凉市财政局', officeNote: '该办法部分条款与预算法冲突，应修改而非继续有效',
      unitProposal: { category: 'keep', groundId: groundId('keep_valid'), reason: '继续执行' },
    });
    expect(amended.history[0]).toMatchObject({ action: 'amended' });

    expect((await json(post(leader, '/api/review/dispositions/decide', { action: 'return', ids: [purchase], comment: '请法制机构再核' }))).updated).toEqual([purchase]);
    const back = await json(staff.request(`/api/review/dispositions/${purchase}`));
    expect(back.disposition.status).toBe('proposed');
    expect(back.history.map((h: any) => h.action)).toEqual(['returned_to_office', 'agreed', 'reported', 'updated', 'assigned']);
    await json(post(staff, '/api/campaign/dispositions/review', { action: 'return', ids: [purchase], comment: '请补充理由' }));
    expect((await json(finance.request(`/api/review/dispositions/${purchase}`))).disposition).toMatchObject({ status: 'returned', comment: '请补充理由' });
    await fill(finance, '平凉市政府采购管理办法', { reason: '仍然适用，与政府采购法一致' });
    await json(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '补充后再报' }));
    await json(post(staff, '/api/campaign/dispositions/review', { action: 'agree', ids: [purchase] }));
    const approved = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [purchase, fund, proposal.disposition.id] }));
    expect(approved.updated.length).toBe(3);
    expect((await json(staff.request(url))).lines.find((l: any) => l.unit === '平凉市财政局')).toMatchObject({ approved: 3, returned: 0 });
  });

  test('returning a unit’s whole list, and reminding a late unit (催报), shown to that unit', async () => {
    const { staff, finance, education, groundId, fill, round, url } = await setUp();
    await fill(finance, '平凉市政府采购管理办法', { category: 'keep', groundId: groundId('keep_valid') });
    await fill(finance, '平凉市财政专项资金管理办法', { category: 'keep', groundId: groundId('keep_valid') });
    await json(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '报送' }));
    const financeUnit = (await json(finance.request(url))).lines[0].unitId;
    const educationUnit = (await json(education.request(url))).lines[0].unitId;

    expect((await json(post(staff, `${url}/units/${financeUnit}/return`, { comment: '请逐项说明理由' }))).returned).toBe(2);
    const returned = await json(finance.request(url));
    expect(returned.lines[0]).toMatchObject({ returned: 2, outstanding: 2, late: true });
    expect(returned.events[0]).toMatchObject({ kind: 'returned', text: '请逐项说明理由' });
    expect((await errorOf(post(staff, `${url}/units/${financeUnit}/return`, { comment: '再退' }))).code).toBe('campaign.not_proposed');

    expect((await json(post(staff, `${url}/units/${educationUnit}/remind`, { message: '请于三日内报送' }), 201)).reminder).toMatchObject({ kind: 'reminded', itemCount: 1 });
    const reminded = await json(education.request(url));
    expect(reminded.lines[0]).toMatchObject({ reminders: 1, late: true });
    expect(reminded.events.map((e: any) => e.text)).toEqual(['请于三日内报送']);
    expect((await json(education.request(`/api/review/rounds/${round.id}/history`))).history[0]).toMatchObject({ action: 'reminded', comment: '请于三日内报送' });
    expect(await (await education.request(`/campaign/${round.id}`)).text()).toContain('请于三日内报送');
    expect((await json(finance.request(url))).events.every((e: any) => e.kind !== 'reminded')).toBe(true);
    expect((await post(education, `${url}/units/${educationUnit}/remind`, {})).status).toBe(403);

    // Each unit's accounts hear of what concerns their unit, under the bell: the return, the reminder.
    const notices = async (client: typeof staff) => (await json(client.request('/api/notifications?kind=campaign'))).notifications.map((n: any) => n.text);
    expect(await notices(finance)).toEqual([expect.stringContaining('退回了本单位报送的 2 项清理意见：请逐项说明理由')]);
    expect(await notices(education)).toEqual([expect.stringContaining('催报：本单位尚有 1 项未报送。请于三日内报送')]);
    expect(await notices(staff)).toEqual([]);

    // And their home lists the round with what is still to do.
    const home = await (await finance.request('/')).text();
    expect(home).toMatch(new RegExp(`href="/campaign/${round.id}"[^>]*>[^<]+</a>：本单位尚有 <strong>2</strong> 项清理意见待提出或修改（其中被退回 2 项）`));
  });
});

describe('a round the legal office decides alone is unchanged', () => {
  test('staff decide and submit, departments read the whole round, the campaign actions refuse it', async () => {
    const context = createTestApp();
    const { app: staff } = context;
    const finance = context.as('department', { unit: '平凉市财政局' });
    await json(upload(staff, [unitRule('平凉市政府采购管理办法', '平凉市财政局', '2018-05-01'), unitRule('平凉市学校安全管理办法', '平凉市教育局', '2017-09-01')]), 201);
    const { round } = await json(post(staff, '/api/review/rounds', { name: '法制机构清理' }), 201);
    const { dispositions } = await json(finance.request(`/api/review/rounds/${round.id}/dispositions`));
    expect(dispositions.length).toBe(2);
    expect(dispositions.every((d: any) => d.ownerUnitId === null)).toBe(true);
    expect((await json(post(staff, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids: [dispositions[0].id] }))).skipped[0]?.code).not.toBe('review.owned_by_unit');
    expect((await errorOf(send(finance, 'PATCH', `/api/campaign/dispositions/${dispositions[0].id}`, { category: 'keep' }))).code).toBe('review.disposition_not_found');
    expect((await errorOf(post(finance, `/api/campaign/rounds/${round.id}/report`, { statement: '报送' }))).code).toBe('campaign.not_campaign');
  });
});
