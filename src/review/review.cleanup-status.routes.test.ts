import { describe, expect, test } from 'vitest';
import { todayIso } from '../documents/documents.models.js';
import { createTestApp, ruleFile as rule, upload, type TestClient } from '../test-app.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
async function html(response: Response | Promise<Response>): Promise<string> {
  const res = await response;
  expect(res.status).toBe(200);
  return res.text();
}
const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const q = encodeURIComponent;
const ROUND = '2026年度规范性文件清理';

/** Three rules, one of them in two versions, a round over them, and a way to decide about each. */
async function setUp() {
  const context = createTestApp();
  const { app } = context;
  await json(upload(app, [
    rule('平凉市城市管理办法', '2015-03-01'),
    rule('平凉市城市管理办法', '2021-06-01'),
    rule('平凉市节能补助办法', '2018-01-01'),
    rule('平凉市档案管理办法', '2020-02-01'),
  ]), 201);
  const { documents } = await json(app.request('/api/documents?limit=50'));
  const idOf = (title: string, issuedOn?: string) => documents.find((d: any) => d.title === title && (!issuedOn || d.issuedOn === issuedOn)).id as number;
  const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: ROUND }), 201);
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const dispositionOf = (documentId: number) => dispositions.find((d: any) => d.documentId === documentId).id as number;
  const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; code: string }[];
  const leader = context.as('leader');
  /** Staff propose and submit, the leader approves. */
  async function approve(documentId: number, category: 'keep' | 'improve' | 'abolish', groundCode: string) {
    const ids = [dispositionOf(documentId)];
    await json(send(app, 'POST', '/api/review/dispositions/propose', {
      action: 'set', ids, category, groundId: grounds.find((g) => g.code === groundCode)!.id, reason: '清理',
      ...(category === 'improve' && { responsibleUnit: '市司法局', deadline: '2027-06-30' }),
    }));
    expect((await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids }))).updated).toEqual(ids);
    expect((await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'approve', ids }))).updated).toEqual(ids);
  }
  const reopen = (documentId: number) => json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'reopen', ids: [dispositionOf(documentId)], comment: '重新研究' }));
  return { ...context, round, idOf, approve, reopen, leader, viewer: context.as('viewer') };
}

const statusIn = (documents: { id: number; status: string }[], id: number) => documents.find((d) => d.id === id)?.status;

describe('what the clean-up decided is the status everyone sees', () => {
  test('an approved 废止 reads 已废止 with its round and date in the list, search, the filters and the document page, for a viewer too; reopening restores it', async () => {
    const { app, viewer, idOf, approve, reopen, round } = await setUp();
    const id = idOf('平凉市节能补助办法');
    expect((await json(app.request(`/api/documents/${id}`))).document.status).toBe('in_force');

    await approve(id, 'abolish', 'abolish_conflicts_higher_law');
    const cleanup = { roundId: round.id, roundName: ROUND, decidedOn: todayIso(), summary: expect.stringContaining(ROUND) };
    for (const client of [app, viewer]) {
      const { documents } = await json(client.request('/api/documents?limit=50'));
      expect(documents.find((d: any) => d.id === id)).toMatchObject({ status: 'abolished', datedStatus: 'in_force', cleanup });
      expect((await json(client.request('/api/documents?status=abolished'))).documents.map((d: any) => d.id)).toEqual([id]);
      expect((await json(client.request('/api/documents?status=in_force&limit=50'))).documents.map((d: any) => d.id)).not.toContain(id);

      const search = await json(client.request(`/api/search?q=${q('节能补助')}`));
      expect(search.results[0]).toMatchObject({ id, status: 'abolished', cleanup });
      expect((await json(client.request(`/api/search?q=${q('平凉市')}&status=abolished`))).results.map((r: any) => r.id)).toEqual([id]);
      expect((await json(client.request(`/api/search?q=${q('节能补助')}&status=in_force`))).total).toBe(0);

      expect((await json(client.request(`/api/documents/${id}`))).document).toMatchObject({ status: 'abolished', datedStatus: 'in_force', cleanup });
      const [year, month, day] = todayIso().split('-').map(Number);
      const approvedOn = `${ROUND} ${year}年${month}月${day}日批准`;
      const page = await html(client.request(`/documents/${id}`));
      expect(page).toContain('已废止');
      expect(page).toContain(approvedOn);
      expect(page).toContain('按文件所载日期：现行有效');
      expect(await html(client.request(`/search?q=${q('节能补助')}`))).toContain(approvedOn);
      const list = await html(client.request('/documents?status=abolished'));
      expect(list).toContain('平凉市节能补助办法');
      expect(list).toContain(approvedOn);
    }

    await reopen(id);
    expect((await json(app.request(`/api/documents/${id}`))).document).toMatchObject({ status: 'in_force', cleanup: null });
    expect((await json(app.request('/api/documents?status=abolished'))).documents).toEqual([]);
    expect((await json(app.request(`/api/search?q=${q('节能补助')}`))).results[0].status).toBe('in_force');
  });

  test('an approved 完善 reads 待修订 until its revision is linked, then 已被修订 with a link to the new version', async () => {
    const { app, viewer, leader, idOf, approve, reopen } = await setUp();
    const id = idOf('平凉市档案管理办法');
    await approve(id, 'improve', 'improve_outdated');
    expect((await json(app.request(`/api/documents/${id}`))).document.status).toBe('to_revise');
    expect((await json(app.request('/api/documents?status=to_revise'))).documents.map((d: any) => d.id)).toEqual([id]);
    // Staff may link the revision from the approved 完善's page too; a leader reads it without the form.
    const { dispositions } = await json(app.request(`/api/review/documents/${id}`));
    const dispositionPage = `/review/dispositions/${dispositions[0].disposition.id}`;
    expect(await html(app.request(dispositionPage))).toContain(`class="compare-picker revision-link" data-document-id="${id}"`);
    expect(await html(leader.request(dispositionPage))).not.toContain('revision-link');

    await json(upload(app, [rule('平凉市档案工作规定', '2026-09-01')]), 201);
    const revision = (await json(app.request(`/api/documents?q=${q('档案工作规定')}`))).documents[0].id as number;
    expect((await json(send(viewer, 'PUT', `/api/documents/${id}/revision`, { revisedById: revision }), 403)).error.code).toBe('auth.forbidden');
    expect((await json(send(app, 'PUT', `/api/documents/${id}/revision`, { revisedById: id }), 400)).error.code).toBe('document.revision_self');
    const linked = await json(send(app, 'PUT', `/api/documents/${id}/revision`, { revisedById: revision }));
    expect(linked.document).toMatchObject({ status: 'revised', revisedById: revision, cleanup: { revisedById: revision, revisedHow: 'linked' } });
    expect((await json(send(app, 'PUT', `/api/documents/${revision}/revision`, { revisedById: id }), 409)).error.code).toBe('document.revision_cycle');

    for (const client of [app, viewer]) {
      expect(statusIn((await json(client.request('/api/documents?status=revised'))).documents, id)).toBe('revised');
      expect((await json(client.request(`/api/search?q=${q('档案管理办法')}`))).results[0]).toMatchObject({ id, status: 'revised' });
      const page = await html(client.request(`/documents/${id}`));
      expect(page).toContain('已被修订');
      expect(page).toContain(`href="/documents/${revision}" id="revised-by"`);
    }
    // Unlinked, or its revision deleted, it waits for its revision again; reopened, the decision no longer counts.
    expect((await json(send(app, 'PUT', `/api/documents/${id}/revision`, { revisedById: null }))).document.status).toBe('to_revise');
    await json(send(app, 'PUT', `/api/documents/${id}/revision`, { revisedById: revision }));
    expect((await app.request(`/api/documents/${revision}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json(app.request(`/api/documents/${id}`))).document).toMatchObject({ status: 'to_revise', revisedById: null });
    await reopen(id);
    expect((await json(app.request(`/api/documents/${id}`))).document.status).toBe('in_force');
  });

  test('an older version of a title in the inventory reads 已被修订, unless the leaders kept it; 废止 wins over it', async () => {
    const { app, idOf, approve, reopen } = await setUp();
    const older = idOf('平凉市城市管理办法', '2015-03-01');
    const newer = idOf('平凉市城市管理办法', '2021-06-01');
    expect((await json(app.request(`/api/documents/${older}`))).document).toMatchObject({ status: 'revised', cleanup: { revisedById: newer, revisedHow: 'newer_version' } });
    expect((await json(app.request(`/api/documents/${newer}`))).document.status).toBe('in_force');
    expect(await html(app.request(`/documents/${older}`))).toContain(`href="/documents/${newer}" id="revised-by"`);

    await approve(older, 'abolish', 'abolish_superseded');
    expect((await json(app.request(`/api/documents/${older}`))).document.status).toBe('abolished');
    await reopen(older);
    expect((await json(app.request(`/api/documents/${older}`))).document.status).toBe('revised');
    await approve(older, 'keep', 'keep_valid');
    expect((await json(app.request(`/api/documents/${older}`))).document).toMatchObject({ status: 'in_force', cleanup: null });

    // A newer version imported later, or deleted, changes the older ones at once.
    await json(upload(app, [rule('平凉市城市管理办法', '2025-01-01')]), 201);
    const newest = (await json(app.request(`/api/documents?q=${q('城市管理办法')}&limit=10`))).documents.find((d: any) => d.issuedOn === '2025-01-01').id as number;
    expect((await json(app.request(`/api/documents/${newer}`))).document).toMatchObject({ status: 'revised', cleanup: { revisedById: newest } });
    // An older version imported afterwards is answered as it now reads.
    const imported = await json(upload(app, [rule('平凉市城市管理办法', '2010-01-01')]), 201);
    expect(imported.results[0].document).toMatchObject({ issuedOn: '2010-01-01', status: 'revised', cleanup: { revisedById: newest } });
    expect((await app.request(`/api/documents/${newest}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json(app.request(`/api/documents/${newer}`))).document.status).toBe('in_force');
  });
});
