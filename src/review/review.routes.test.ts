import { describe, expect, test } from 'vitest';
import { createTestApp, readFixture, ruleFile as rule, upload, type TestClient } from '../test-app.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

const post = (app: TestClient, url: string, body: unknown) => app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const patch = (app: TestClient, url: string, body: unknown) => app.request(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function setUp() {
  const context = createTestApp();
  context.addUnits('市住建局');
  const { app } = context;
  await json(upload(app, [
    rule('平凉市城市管理办法', '2015-03-01'),
    rule('平凉市城市管理办法', '2021-06-01'),
    rule('平凉市城市管理暂行办法', '2010-01-01'),
    rule('平凉市城乡建设管理规定', '2019-05-01', { repeals: '平凉市城市管理暂行办法' }),
    rule('平凉市节能补助办法', '2018-01-01', { expires: '2020年12月31日' }),
    rule('平凉市档案管理办法', '2024-02-01'),
  ]), 201);
  const { documents } = await json(app.request('/api/documents?limit=50'));
  const idOf = (title: string, issuedOn?: string) => documents.find((d: any) => d.title === title && (!issuedOn || d.issuedOn === issuedOn)).id as number;
  const { round } = await json(post(app, '/api/review/rounds', { name: '2026年度规范性文件清理' }), 201);
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const dispositionOf = (documentId: number) => dispositions.find((d: any) => d.documentId === documentId) as any;
  const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; code: string }[];
  const groundId = (code: string) => grounds.find((g) => g.code === code)!.id;
  return { ...context, round, idOf, dispositionOf, groundId, leader: context.as('leader') };
}

describe('rounds', () => {
  test('a round leaves out pages that are not 公文 unless its scope takes in all kinds', async () => {
    const { app } = createTestApp();
    await json(upload(app, [readFixture('090-html-portal-page'), readFixture('092-html-news-page')]), 201);
    const { round } = await json(post(app, '/api/review/rounds', { name: '规范性文件清理' }), 201);
    expect((await json(app.request(`/api/review/rounds/${round.id}`))).counts.total).toBe(1);
    const { round: everything } = await json(post(app, '/api/review/rounds', { name: '全部页面', scope: { allKinds: true } }), 201);
    expect((await json(app.request(`/api/review/rounds/${everything.id}`))).counts.total).toBe(2);
  });

  test('a round holds every document in its scope, undecided, and takes in documents imported later', async () => {
    const { app, round } = await setUp();
    const overview = await json(app.request(`/api/review/rounds/${round.id}`));
    expect(overview.counts.total).toBe(6);
    expect(overview.counts.byCategory.undecided).toBe(6);

    const scoped = await json(post(app, '/api/review/rounds', { name: '2019年以前文件清理', scope: { yearTo: 2018 } }), 201);
    expect(scoped.added).toBe(3);

    await json(upload(app, [rule('平凉市物业管理办法', '2025-01-01')]), 201);
    expect((await json(app.request(`/api/review/rounds/${round.id}`))).missingInScope).toBe(1);
    expect((await json(post(app, `/api/review/rounds/${round.id}/add-documents`, {}))).added).toBe(1);
    expect((await json(post(app, `/api/review/rounds/${scoped.round.id}/add-documents`, {}))).added).toBe(0);
    const added = await json(app.request(`/api/review/rounds/${round.id}/dispositions?q=物业管理`));
    expect(added.dispositions.map((d: { title: string; category: string | null }) => [d.title, d.category])).toEqual([['平凉市物业管理办法', null]]);
  });

  test('the list of a round filters by title or 文号 within that round only', async () => {
    const { app, round } = await setUp();
    await json(upload(app, [rule('平凉市物业管理办法', '2025-01-01', { docNumber: '平政发〔2025〕3号' })]), 201);
    const other = await json(post(app, '/api/review/rounds', { name: '2027年度清理' }), 201);
    expect(other.added).toBe(7);
    await json(post(app, `/api/review/rounds/${round.id}/add-documents`, {}));
    const byNumber = await json(app.request(`/api/review/rounds/${round.id}/dispositions?q=${encodeURIComponent('〔2025〕3号')}`));
    expect(byNumber.dispositions.map((d: any) => [d.roundId, d.title])).toEqual([[round.id, '平凉市物业管理办法']]);
    expect((await json(app.request(`/api/review/rounds/${round.id}/dispositions?q=${encodeURIComponent('档案')}`))).total).toBe(1);

    // Pages follow one another without overlap, with or without the suggestion filter.
    for (const filter of ['', '&suggested=keep']) {
      const first = await json(app.request(`/api/review/rounds/${round.id}/dispositions?limit=2&offset=0${filter}`));
      const second = await json(app.request(`/api/review/rounds/${round.id}/dispositions?limit=2&offset=2${filter}`));
      expect(first.total).toBe(filter ? 3 : 7);
      expect(second.dispositions).toHaveLength(filter ? 1 : 2);
      expect(first.dispositions.map((d: any) => d.id)).not.toContain(second.dispositions[0].id);
    }
  });

  test('round names are unique and scopes are checked', async () => {
    const { app } = await setUp();
    const taken = await json(post(app, '/api/review/rounds', { name: '2026年度规范性文件清理' }), 409);
    expect(taken.error.code).toBe('review.round_name_taken');
    const invalid = await json(post(app, '/api/review/rounds', { name: '错误范围', scope: { yearFrom: 2020, yearTo: 2010 } }), 400);
    expect(invalid.error.code).toBe('request.invalid');
  });
});

describe('suggestions', () => {
  test('each document is suggested a category with the evidence for it', async () => {
    const { app, round, idOf, dispositionOf } = await setUp();
    const old = dispositionOf(idOf('平凉市城市管理办法', '2015-03-01'));
    expect(old.suggestion).toEqual({ category: 'abolish', reasons: [expect.objectContaining({ code: 'superseded', relatedIds: [idOf('平凉市城市管理办法', '2021-06-01')] })] });
    expect(dispositionOf(idOf('平凉市城市管理暂行办法')).suggestion.reasons.map((r: any) => r.code)).toEqual(expect.arrayContaining(['repealed', 'provisional_aged']));
    expect(dispositionOf(idOf('平凉市节能补助办法')).suggestion.reasons.map((r: any) => r.code)).toEqual(['expired']);
    expect(dispositionOf(idOf('平凉市档案管理办法')).suggestion).toEqual({ category: 'keep', reasons: [] });

    const filtered = await json(app.request(`/api/review/rounds/${round.id}/dispositions?suggested=abolish`));
    expect(filtered.total).toBe(3);
  });

  test('once the abolition of a document is approved, the documents citing it are suggested for improvement', async () => {
    const { app, leader, round, idOf, dispositionOf, groundId } = await setUp();
    await json(upload(app, [rule('平凉市档案数字化实施细则', '2024-05-01', { body: '依据《平凉市档案管理办法》执行。' })]), 201);
    await json(post(app, `/api/review/rounds/${round.id}/add-documents`, {}));
    const citing = async () => (await json(app.request(`/api/review/rounds/${round.id}/dispositions?q=数字化`))).dispositions[0].suggestion;
    expect(await citing()).toEqual({ category: 'keep', reasons: [] });

    const cited = dispositionOf(idOf('平凉市档案管理办法')).id;
    await json(post(app, '/api/review/dispositions/propose', { action: 'set', ids: [cited], category: 'abolish', groundId: groundId('abolish_outdated') }));
    await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [cited] }));
    expect(await citing()).toEqual({ category: 'keep', reasons: [] });
    await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [cited] }));
    expect(await citing()).toEqual({ category: 'improve', reasons: [expect.objectContaining({ code: 'cites_invalid', relatedIds: [idOf('平凉市档案管理办法')] })] });
  });

  test('two imported texts that largely repeat each other are near-duplicates; their fingerprints are made at import', async () => {
    const { app, db, round } = await setUp();
    const body = Array.from({ length: 30 }, (_, i) => `第${i + 3}条 各县区人民政府应当加强第${i + 1}项农村公路养护工作的组织领导，落实管护责任。`).join('\n');
    await json(upload(app, [
      rule('平凉市农村公路养护管理办法', '2016-05-01', { body: `\n${body}` }),
      rule('平凉市农村公路管护办法', '2023-05-01', { body: `\n${body.replace('落实管护责任', '明确管护主体')}` }),
    ]), 201);
    const counts = db.$client.prepare('select (select count(*) from documents) as documents, (select count(*) from document_fingerprints where signature is not null) as fingerprints').get();
    expect(counts).toEqual({ documents: 8, fingerprints: 8 });
    await json(post(app, `/api/review/rounds/${round.id}/add-documents`, {}));
    const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions?q=${encodeURIComponent('农村公路')}`));
    const older = dispositions.find((d: any) => d.title === '平凉市农村公路养护管理办法');
    expect(older.suggestion.reasons).toEqual([expect.objectContaining({ code: 'near_duplicate', message: expect.stringContaining('平凉市农村公路管护办法') })]);
    // Alike but not copies (under 95 %): merge them.
    expect(older.suggestion.category).toBe('improve');
    expect(older.suggestion.reasons[0].message).toContain('宜合并');
  });

  test('the document view shows the version chain and the repeal link behind the rules', async () => {
    const { app, idOf } = await setUp();
    const view = await json(app.request(`/api/review/documents/${idOf('平凉市城市管理暂行办法')}`));
    expect(view.relations.repealedBy.map((d: any) => d.title)).toEqual(['平凉市城乡建设管理规定']);
    const versions = await json(app.request(`/api/review/documents/${idOf('平凉市城市管理办法', '2021-06-01')}`));
    expect(versions.relations.versions.map((d: any) => d.issuedOn)).toEqual(['2015-03-01', '2021-06-01']);
  });

  test('accepting a suggestion in bulk sets category, ground and reason, and keeps the evidence', async () => {
    const { app, idOf, dispositionOf } = await setUp();
    const ids = [dispositionOf(idOf('平凉市城市管理办法', '2015-03-01')).id, dispositionOf(idOf('平凉市档案管理办法')).id];
    const result = await json(post(app, '/api/review/dispositions/propose', { action: 'accept_suggestion', ids }));
    expect(result).toEqual({ updated: ids, skipped: [] });
    const { disposition, history } = await json(app.request(`/api/review/dispositions/${ids[0]}`));
    expect(disposition).toMatchObject({ category: 'abolish', ground: { code: 'abolish_superseded', action: '废止' }, status: 'draft' });
    expect(disposition.reason).toContain('已有同名的新版本');
    expect(disposition.acceptedReasons[0].code).toBe('superseded');
    expect(history[0]).toMatchObject({ action: 'suggestion_accepted', changes: { category: [null, 'abolish'] } });
    expect((await json(app.request(`/api/review/dispositions/${ids[1]}`))).disposition).toMatchObject({ category: 'keep', ground: { code: 'keep_valid' } });
  });
});

describe('workflow', () => {
  test('staff propose and submit, a leader returns with a comment, staff fix and resubmit, the leader approves; approved is locked until reopened', async () => {
    const { app, leader, idOf, dispositionOf, groundId } = await setUp();
    const id = dispositionOf(idOf('平凉市城乡建设管理规定')).id;
    await json(patch(app, `/api/review/dispositions/${id}`, { category: 'improve', groundId: groundId('improve_outdated'), reason: '部分条款与新修订的上位法不符' }));

    const incomplete = await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [id] }));
    expect(incomplete.skipped).toEqual([{ id, code: 'review.incomplete', message: expect.stringContaining('责任单位') }]);

    await json(patch(app, `/api/review/dispositions/${id}`, { responsibleUnit: '市住建局', deadline: '2027-06-30' }));
    expect((await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [id] }))).updated).toEqual([id]);
    expect((await json(patch(app, `/api/review/dispositions/${id}`, { reason: '改' }), 409)).error.code).toBe('review.not_editable');

    const noComment = await json(post(leader, '/api/review/dispositions/decide', { action: 'return', ids: [id] }), 400);
    expect(noComment.error.code).toBe('request.invalid');
    await json(post(leader, '/api/review/dispositions/decide', { action: 'return', ids: [id], comment: '请写明与哪部上位法不符' }));
    const returned = await json(app.request(`/api/review/dispositions/${id}`));
    expect(returned.disposition).toMatchObject({ status: 'returned', comment: '请写明与哪部上位法不符' });

    await json(patch(app, `/api/review/dispositions/${id}`, { reason: '第二条与《中华人民共和国城乡规划法》不符', legalBasis: [{ text: '《中华人民共和国城乡规划法》第十条' }] }));
    await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [id] }));
    expect((await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [id] }))).updated).toEqual([id]);

    expect((await json(patch(app, `/api/review/dispositions/${id}`, { reason: '再改' }), 409)).error.code).toBe('review.not_editable');
    const reopenDraft = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [id] }));
    expect(reopenDraft.skipped[0].code).toBe('review.invalid_transition');
    await json(post(leader, '/api/review/dispositions/decide', { action: 'reopen', ids: [id], comment: '上位法又有修订，请重新审查' }));
    await json(patch(app, `/api/review/dispositions/${id}`, { reason: '再改' }));

    const { history } = await json(app.request(`/api/review/dispositions/${id}`));
    expect(history.map((h: any) => h.action).reverse()).toEqual(['updated', 'updated', 'submitted', 'returned', 'updated', 'resubmitted', 'approved', 'reopened', 'updated']);
    const returnEntry = history.find((h: any) => h.action === 'returned');
    expect(returnEntry).toMatchObject({ actor: expect.stringMatching(/^leader/), comment: '请写明与哪部上位法不符', changes: { status: ['submitted', 'returned'] } });
  });

  test('who may do what: staff cannot approve, leaders cannot propose, viewers do not see the review', async () => {
    const { app, as, leader, round, idOf, dispositionOf, groundId } = await setUp();
    const id = dispositionOf(idOf('平凉市档案管理办法')).id;
    expect((await post(app, '/api/review/dispositions/decide', { action: 'approve', ids: [id] })).status).toBe(403);
    expect((await post(leader, '/api/review/dispositions/propose', { action: 'set', ids: [id], category: 'keep', groundId: groundId('keep_valid') })).status).toBe(403);
    expect((await patch(leader, `/api/review/dispositions/${id}`, { reason: 'x' })).status).toBe(403);
    expect((await as('viewer').request(`/api/review/rounds/${round.id}/dispositions`)).status).toBe(403);
    expect((await as('department').request(`/api/review/rounds/${round.id}/dispositions`)).status).toBe(200);
    expect((await post(as('department'), '/api/review/rounds', { name: '部门自建' })).status).toBe(403);
  });

  test('a bulk action changes what it fits and reports the rest with a reason', async () => {
    const { app, leader, idOf, dispositionOf, groundId } = await setUp();
    const a = dispositionOf(idOf('平凉市档案管理办法')).id;
    const b = dispositionOf(idOf('平凉市节能补助办法')).id;
    await json(post(app, '/api/review/dispositions/propose', { action: 'set', ids: [a, b], category: 'keep', groundId: groundId('keep_valid') }));
    await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [a] }));
    const result = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [a, b, 999999] }));
    expect(result.updated).toEqual([a]);
    expect(result.skipped.map((s: any) => [s.id, s.code])).toEqual([[b, 'review.invalid_transition'], [999999, 'review.invalid_transition']]);
    const mismatch = await json(post(app, '/api/review/dispositions/propose', { action: 'set', ids: [b], category: 'abolish', groundId: groundId('keep_valid') }));
    expect(mismatch.skipped[0].code).toBe('review.ground_mismatch');
  });
});

describe('proposals for new rules', () => {
  test('a create entry has no document, a proposed title, the gap it fills and the items it serves', async () => {
    const { app, round } = await setUp();
    const { items } = await json(app.request('/api/tracking/items'));
    expect(items).toHaveLength(14);
    const expert = items.find((i: any) => i.name === '专家咨询制度');
    const created = await json(post(app, `/api/review/rounds/${round.id}/proposals`, {
      proposedTitle: '平凉市重大行政决策专家咨询论证办法', gap: '重大决策缺少专家论证程序', responsibleUnit: '市司法局', deadline: '2027-03-31', itemIds: [expert.id],
    }), 201);
    expect(created.disposition).toMatchObject({ documentId: null, category: 'create', ground: { code: 'create_gap' }, itemIds: [expert.id], title: '平凉市重大行政决策专家咨询论证办法' });
    const id = created.disposition.id;
    expect((await json(patch(app, `/api/review/dispositions/${id}`, { category: 'keep' }), 400)).error.code).toBe('review.invalid_category');
    expect((await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids: [id] }))).updated).toEqual([id]);

    const overview = await json(app.request(`/api/review/rounds/${round.id}`));
    expect(overview.counts.byCategory.create).toBe(1);
    expect(overview.counts.byUnit).toContainEqual(expect.objectContaining({ unit: '市司法局', create: 1 }));
  });

  test('a document cannot be put in the create category', async () => {
    const { app, idOf, dispositionOf, groundId } = await setUp();
    const id = dispositionOf(idOf('平凉市档案管理办法')).id;
    expect((await json(patch(app, `/api/review/dispositions/${id}`, { category: 'create', groundId: groundId('create_gap') }), 400)).error.code).toBe('review.invalid_category');
  });
});

describe('history and records', () => {
  test('the history cannot be changed, not even in the database', async () => {
    const { app, db, idOf, dispositionOf, groundId } = await setUp();
    const id = dispositionOf(idOf('平凉市档案管理办法')).id;
    await json(patch(app, `/api/review/dispositions/${id}`, { category: 'keep', groundId: groundId('keep_valid') }));
    expect(() => db.$client.exec('update disposition_history set actor_name = null')).toThrow(/append-only/);
    expect(() => db.$client.exec('delete from disposition_history')).toThrow(/append-only/);
    expect((await app.request(`/api/review/dispositions/${id}/history`, { method: 'DELETE' })).status).toBe(404);
  });

  test('a round shows its history, and a document its dispositions across rounds', async () => {
    const { app, round, idOf, dispositionOf, groundId } = await setUp();
    const documentId = idOf('平凉市档案管理办法');
    await json(patch(app, `/api/review/dispositions/${dispositionOf(documentId).id}`, { category: 'keep', groundId: groundId('keep_valid') }));
    const second = await json(post(app, '/api/review/rounds', { name: '2027年度清理' }), 201);
    const history = await json(app.request(`/api/review/rounds/${round.id}/history`));
    expect(history.history[0]).toMatchObject({ title: '平凉市档案管理办法', action: 'updated' });
    const view = await json(app.request(`/api/review/documents/${documentId}`));
    expect(view.dispositions.map((d: any) => [d.round.id, d.disposition.category])).toEqual([[second.round.id, null], [round.id, 'keep']]);
  });

  test('a decided document cannot be deleted; an undecided one can, and leaves its rounds', async () => {
    const { app, round, idOf, dispositionOf, groundId } = await setUp();
    const decided = idOf('平凉市档案管理办法');
    await json(patch(app, `/api/review/dispositions/${dispositionOf(decided).id}`, { category: 'keep', groundId: groundId('keep_valid') }));
    expect((await json(app.request(`/api/documents/${decided}`, { method: 'DELETE' }), 409)).error.code).toBe('document.in_review');
    expect((await app.request(`/api/documents/${idOf('平凉市节能补助办法')}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json(app.request(`/api/review/rounds/${round.id}`))).counts.total).toBe(5);
  });

  test('an administrator extends the grounds; a retired ground is no longer offered', async () => {
    const { app, as } = await setUp();
    const admin = as('admin');
    const { ground } = await json(post(admin, '/api/review/grounds', { code: 'abolish_task_done', category: 'abolish', action: '宣布失效', label: '工作任务已完成' }), 201);
    expect((await post(app, '/api/review/grounds', { code: 'x_y', category: 'keep', action: '继续有效', label: 'x' })).status).toBe(403);
    expect((await json(app.request('/api/review/grounds'))).grounds.map((g: any) => g.code)).toContain('abolish_task_done');
    await json(patch(admin, `/api/review/grounds/${ground.id}`, { active: false }));
    expect((await json(app.request('/api/review/grounds'))).grounds.map((g: any) => g.code)).not.toContain('abolish_task_done');
  });
});
