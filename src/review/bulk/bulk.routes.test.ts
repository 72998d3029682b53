import { describe, expect, test } from 'vitest';
import { createTestApp, type TestClient } from '../../test-app.js';
import { seedRound } from '../../test-review.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
const post = (app: TestClient, url: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const listed = async (app: TestClient, roundId: number, query = '') =>
  (await json(app.request(`/api/review/rounds/${roundId}/dispositions?limit=500${query}`))).dispositions as { id: number; status: string; category: string | null; responsibleUnit: string | null; deadline: string | null }[];

function setUp(count: number, status: 'draft' | 'submitted' | 'approved', unitlessEvery = 0) {
  const context = createTestApp();
  const { round, ids } = seedRound(context.db, { name: '2026年度清理', count, status, unitlessEvery });
  return { ...context, round, ids, leader: context.as('leader') };
}

describe('bulk actions over everything that matches a filter', () => {
  test('a leader approves every submitted disposition of the round but those unticked; what was not submitted is refused with its title and reason', async () => {
    const { leader, round, ids } = setUp(30, 'submitted', 10);
    const excluded = ids.filter((_, i) => i % 10 === 5);
    const result = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: round.id, filter: {}, excludeIds: excluded } }));
    expect(result.total).toBe(27);
    expect(result.updated).toHaveLength(24);
    // The three improvements were returned, not submitted: refused, each named.
    expect(result.skipped).toHaveLength(3);
    expect(result.skipped[0]).toEqual({ id: expect.any(Number), code: 'review.invalid_transition', message: '只有待审核的清理意见可以批准或退回', title: expect.stringMatching(/^平凉市第\d+号管理办法$/) });

    const statuses = new Map((await listed(leader, round.id)).map((d) => [d.id, d.status]));
    for (const id of excluded) expect(statuses.get(id)).toBe('submitted');
    expect([...statuses.values()].filter((s) => s === 'approved')).toHaveLength(24);
  });

  test('the selection is the filter as the server reads it: only the matches of that round and filter change', async () => {
    const { app, round, addUnits } = setUp(12, 'draft', 4);
    const other = await json(post(app, '/api/review/rounds', { name: '另一批次' }), 201);
    const unknown = await post(app, '/api/review/dispositions/propose', { action: 'set_unit', responsibleUnit: '市住建局', selection: { roundId: round.id, filter: { category: 'improve' } } });
    expect((await unknown.json()).skipped.map((s: { code: string }) => s.code)).toEqual(['unit.unknown', 'unit.unknown', 'unit.unknown']);
    addUnits('市住建局');
    const improvements = await listed(app, round.id, '&category=improve');
    expect(improvements).toHaveLength(3);
    const result = await json(post(app, '/api/review/dispositions/propose', {
      action: 'set_unit', responsibleUnit: '市住建局', deadline: '2027-06-30', selection: { roundId: round.id, filter: { category: 'improve' } },
    }));
    expect(result.updated.sort()).toEqual(improvements.map((d) => d.id).sort());
    const after = await listed(app, round.id);
    expect(after.filter((d) => d.responsibleUnit === '市住建局').map((d) => [d.category, d.deadline])).toEqual([['improve', '2027-06-30'], ['improve', '2027-06-30'], ['improve', '2027-06-30']]);
    expect(after.filter((d) => d.category === 'keep').every((d) => d.responsibleUnit === null)).toBe(true);
    expect((await listed(app, other.round.id)).some((d) => d.responsibleUnit !== null)).toBe(false);
  });

  test('every action runs over a selection: set, accept suggestions, set unit, submit, approve, return, reopen', async () => {
    const { app, leader, round } = setUp(8, 'draft');
    const everything = { roundId: round.id, filter: {} };
    const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; code: string }[];
    const abolish = grounds.find((g) => g.code === 'abolish_outdated')!.id;

    const set = await json(post(app, '/api/review/dispositions/propose', { action: 'set', category: 'abolish', groundId: abolish, selection: everything }));
    expect([set.total, set.updated.length]).toEqual([8, 8]);
    const accepted = await json(post(app, '/api/review/dispositions/propose', { action: 'accept_suggestion', selection: everything }));
    expect(accepted.updated).toHaveLength(8);
    expect((await listed(app, round.id)).every((d) => d.category === 'keep')).toBe(true);
    await json(post(app, '/api/review/dispositions/propose', { action: 'set_unit', responsibleUnit: '市司法局', selection: everything }));
    const submitted = await json(post(app, '/api/review/dispositions/propose', { action: 'submit', selection: everything }));
    expect(submitted.updated).toHaveLength(8);

    const two = (await listed(leader, round.id)).slice(0, 2).map((d) => d.id);
    const returned = await json(post(leader, '/api/review/dispositions/decide', { action: 'return', comment: '请补充依据', selection: { roundId: round.id, ids: two } }));
    expect(returned.updated).toEqual(two);
    const approved = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: round.id, filter: { status: 'submitted' } } }));
    expect(approved.updated).toHaveLength(6);
    const reopened = await json(post(leader, '/api/review/dispositions/decide', { action: 'reopen', comment: '上位法已修订', selection: { roundId: round.id, filter: { status: 'approved', q: '第1' } } }));
    expect(reopened.updated.length).toBeGreaterThan(0);
    const counts = (await json(app.request(`/api/review/rounds/${round.id}`))).counts.byStatus;
    expect(counts).toEqual({ draft: 0, proposed: 0, submitted: 0, returned: 2 + reopened.updated.length, approved: 6 - reopened.updated.length });
  });

  test('each role does over a selection only what it could before', async () => {
    const { app, as, leader, round } = setUp(5, 'submitted');
    const selection = { roundId: round.id, filter: {} };
    expect((await post(app, '/api/review/dispositions/decide', { action: 'approve', selection })).status).toBe(403);
    expect((await post(leader, '/api/review/dispositions/propose', { action: 'set_unit', responsibleUnit: '市司法局', selection })).status).toBe(403);
    for (const role of ['department', 'viewer', 'admin'] as const) {
      expect((await post(as(role), '/api/review/dispositions/decide', { action: 'approve', selection })).status).toBe(403);
      expect((await post(as(role), '/api/review/dispositions/propose', { action: 'submit', selection })).status).toBe(403);
    }
    expect((await listed(app, round.id)).every((d) => d.status === 'submitted')).toBe(true);
  });

  test('a selection must name ids or a filter, of a round that exists; a unit must be given', async () => {
    const { app, leader, round } = setUp(2, 'submitted');
    const invalid = async (client: TestClient, url: string, body: unknown) => (await json(post(client, url, body), 400)).error.code;
    expect(await invalid(leader, '/api/review/dispositions/decide', { action: 'approve' })).toBe('request.invalid');
    expect(await invalid(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [1], selection: { roundId: round.id, filter: {} } })).toBe('request.invalid');
    expect(await invalid(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: round.id } })).toBe('request.invalid');
    expect(await invalid(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: round.id, filter: { status: 'gone' } } })).toBe('request.invalid');
    expect(await invalid(app, '/api/review/dispositions/propose', { action: 'set_unit', responsibleUnit: '  ', selection: { roundId: round.id, filter: {} } })).toBe('request.invalid');
    const missing = await json(post(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: 9999, filter: {} } }), 404);
    expect(missing.error.code).toBe('review.round_not_found');
  });
});

describe('what the last bulk action refused', () => {
  test('becomes the filter 上次未能处理的 for that user and round, sinks to the end of their list, stays while being fixed and empties once retried', async () => {
    const { app, as, round, ids } = setUp(20, 'draft', 5);
    const submitted = await json(post(app, '/api/review/dispositions/propose', { action: 'submit', selection: { roundId: round.id, filter: {} } }));
    const refused = submitted.skipped.map((s: { id: number }) => s.id).sort((a: number, b: number) => a - b);
    expect(refused).toHaveLength(4);
    expect(submitted.skipped[0].message).toBe('清理意见不完整，请填写：责任单位、完成时限');

    expect((await listed(app, round.id, '&refused=1')).map((d) => d.id).sort((a, b) => a - b)).toEqual(refused);
    // The refused rows come last in this user's list, not first.
    const drafts = await listed(app, round.id, '&status=draft');
    expect(drafts.slice(-4).map((d) => d.id).sort((a, b) => a - b)).toEqual(refused);
    // Another user has no such set, and sees the list in its usual order.
    const colleague = as('staff');
    expect(await listed(colleague, round.id, '&refused=1')).toEqual([]);

    // Fixed, ticked on the filtered page (the set stays to be retried), then retried: the set empties.
    const retried = await json(post(app, '/api/review/dispositions/propose', { action: 'set_unit', responsibleUnit: '市司法局', deadline: '2027-12-31', selection: { roundId: round.id, ids: refused } }));
    expect(retried.updated.sort((a: number, b: number) => a - b)).toEqual(refused);
    expect(await listed(app, round.id, '&refused=1')).toHaveLength(4);
    const again = await json(post(app, '/api/review/dispositions/propose', { action: 'submit', selection: { roundId: round.id, filter: { refused: '1' } } }));
    expect([again.total, again.updated.length, again.skipped.length]).toEqual([4, 4, 0]);
    expect(await listed(app, round.id, '&refused=1')).toEqual([]);
    expect(ids).toHaveLength(20);
  });

  test('a preparing action that refuses items replaces the set with them', async () => {
    const { app, round } = setUp(5, 'submitted');
    const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; code: string }[];
    const keep = grounds.find((g) => g.code === 'keep_valid')!.id;
    const set = await json(post(app, '/api/review/dispositions/propose', { action: 'set', category: 'keep', groundId: keep, selection: { roundId: round.id, filter: {} } }));
    expect(set.skipped.map((s: { code: string }) => s.code)).toEqual(Array(5).fill('review.not_editable'));
    expect(await listed(app, round.id, '&refused=1')).toHaveLength(5);
  });

  test('actions on ids outside a round page (the disposition page) leave the set alone', async () => {
    const { app, round, ids } = setUp(5, 'draft', 5);
    await json(post(app, '/api/review/dispositions/propose', { action: 'submit', selection: { roundId: round.id, filter: {} } }));
    expect(await listed(app, round.id, '&refused=1')).toHaveLength(1);
    await json(post(app, '/api/review/dispositions/propose', { action: 'submit', ids }));
    expect(await listed(app, round.id, '&refused=1')).toHaveLength(1);
  });
});

describe('progress', () => {
  test('a client that accepts NDJSON gets a line per chunk of 200, then the result', async () => {
    const { leader, round } = setUp(250, 'submitted');
    const response = await post(leader, '/api/review/dispositions/decide', { action: 'approve', selection: { roundId: round.id, filter: {} } }, { accept: 'application/x-ndjson' });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.slice(0, -1)).toEqual([{ progress: { done: 200, total: 250 } }, { progress: { done: 250, total: 250 } }]);
    expect(lines.at(-1).result).toMatchObject({ total: 250, skipped: [] });
    expect(lines.at(-1).result.updated).toHaveLength(250);
  });
});
