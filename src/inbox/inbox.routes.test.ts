import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { usersTable } from '../auth/auth.table.js';
import { todayIso } from '../documents/documents.models.js';
import { addDays } from '../tracking/tracking.models.js';
import { createTestApp, ruleFile as rule, upload, type TestClient } from '../test-app.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
const send = (app: TestClient, method: string, url: string, body: unknown) => app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The ids of the dispositions a round page lists (one page of up to 100 rows). */
async function rowsOfPage(app: TestClient, href: string): Promise<number[]> {
  const res = await app.request(href);
  expect(res.status).toBe(200);
  return [...(await res.text()).matchAll(/<tr data-id="(\d+)"/g)].map((m) => Number(m[1]));
}

/** The counts of a home page, by their `data-inbox` name: each with the link it opens. */
async function homeCounts(app: TestClient) {
  const html = await (await app.request('/')).text();
  return [...html.matchAll(/<a class="inbox-count" href="([^"]+)" data-inbox="([\w-]+)" data-count="(\d+)"/g)]
    .map((m) => ({ href: m[1]!.replace(/&amp;/g, '&'), name: m[2]!, count: Number(m[3]) }));
}

async function setUp() {
  const context = createTestApp();
  const { app } = context;
  await json(upload(app, [
    rule('平凉市城市管理办法', '2015-03-01'), rule('平凉市档案管理办法', '2024-02-01'), rule('平凉市节能补助办法', '2018-01-01'),
    rule('平凉市物业管理办法', '2019-05-01'), rule('平凉市绿化管理办法', '2020-05-01'),
  ]), 201);
  const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: '2026年度清理' }), 201);
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; code: string; category: string }[];
  const keepGround = grounds.find((g) => g.category === 'keep')!.id;
  const ids = (dispositions as { id: number }[]).map((d) => d.id);
  return { ...context, round, ids, keepGround, leader: context.as('leader'), addUnits: context.addUnits };
}

describe('home inboxes', () => {
  test('a leader counts what waits for approval per round, and each count opens exactly those on the round page', async () => {
    const { app, leader, round, ids, keepGround } = await setUp();
    const { round: other } = await json(send(app, 'POST', '/api/review/rounds', { name: '专项清理' }), 201);
    const otherIds = (await json(app.request(`/api/review/rounds/${other.id}/dispositions`))).dispositions.map((d: { id: number }) => d.id);
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: [...ids, ...otherIds], category: 'keep', groundId: keepGround }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: ids.slice(0, 3) }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: otherIds.slice(0, 1) }));

    const { inbox } = await json(leader.request('/api/inbox'));
    expect(inbox.awaitingApproval.map((r: any) => [r.roundName, r.count])).toEqual([['专项清理', 1], ['2026年度清理', 3]]);
    const counts = (await homeCounts(leader)).filter((c) => c.name === 'awaiting-approval');
    expect(counts.map((c) => c.count)).toEqual([1, 3]);
    expect(await rowsOfPage(leader, counts[1]!.href)).toEqual(expect.arrayContaining(ids.slice(0, 3)));
    for (const count of counts) expect((await rowsOfPage(leader, count.href)).length).toBe(count.count);
    expect(counts[1]!.href).toBe(`/review/${round.id}?status=submitted`);
  });

  test('legal staff see what is undecided and what was returned, with the leader\'s comment; the submitter is notified, nobody else', async () => {
    const { app, as, leader, round, ids, keepGround } = await setUp();
    const colleague = as('staff');
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: ids.slice(0, 2), category: 'keep', groundId: keepGround }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: ids.slice(0, 2) }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids: [ids[0]], comment: '依据不充分，请补充上位法' }));

    const counts = await homeCounts(app);
    const undecided = counts.find((c) => c.name === 'undecided')!;
    expect(undecided).toMatchObject({ count: 3, href: `/review/${round.id}?category=undecided` });
    expect((await rowsOfPage(app, undecided.href)).length).toBe(3);
    const returned = counts.find((c) => c.name === 'returned')!;
    expect(returned.count).toBe(1);
    expect(await rowsOfPage(app, returned.href)).toEqual([ids[0]]);

    const home = await (await app.request('/')).text();
    expect(home).toContain(`href="/review/dispositions/${ids[0]}"`);
    expect(home).toContain('依据不充分，请补充上位法');

    const mine = await json(app.request('/api/notifications'));
    expect(mine.notifications).toHaveLength(1);
    expect(mine.notifications[0]).toMatchObject({ kind: 'disposition_returned', subjectHref: `/review/dispositions/${ids[0]}`, readAt: null });
    expect(mine.notifications[0].text).toContain('依据不充分，请补充上位法');
    expect((await json(colleague.request('/api/notifications'))).notifications).toEqual([]);
    expect((await json(leader.request('/api/notifications'))).notifications).toEqual([]);
  });

  test('when the submitter\'s account is disabled, every active staff account hears of the return', async () => {
    const { app, as, db, leader, ids, keepGround } = await setUp();
    const colleague = as('staff');
    const leaving = as('staff');
    await json(send(leaving, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: [ids[0]], category: 'keep', groundId: keepGround }));
    await json(send(leaving, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [ids[0]] }));
    db.update(usersTable).set({ disabled: true }).where(eq(usersTable.id, leaving.userId)).run();
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids: [ids[0]], comment: '请重新审查' }));
    for (const client of [app, colleague]) expect((await json(client.request('/api/notifications?kind=disposition_returned'))).total).toBe(1);
    const recipients = db.$client.prepare('select recipient_id from notifications').all().map((row: any) => row.recipient_id);
    expect(recipients).not.toContain(leaving.userId);
  });

  test('a failed return leaves no notification behind', async () => {
    const { leader, app, ids } = await setUp();
    // A draft cannot be returned: the item is refused, and nobody hears of a return that did not happen.
    const result = await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids: [ids[0]], comment: '退回' }));
    expect(result.skipped).toHaveLength(1);
    expect((await json(app.request('/api/notifications'))).total).toBe(0);
  });

  test('a department sees only its unit\'s items and when each must report; its report reaches leaders and staff, not other departments', async () => {
    const { app, as, leader } = await setUp();
    const department = as('department', { unit: '市财政局' });
    const otherDepartment = as('department', { unit: '市教育局' });
    const { items } = await json(app.request('/api/tracking/items'));
    const today = todayIso();
    await json(send(app, 'PATCH', `/api/tracking/items/${items[0].id}`, { responsibleUnit: '市财政局', deadline: addDays(today, 60) }));
    await json(send(app, 'PATCH', `/api/tracking/items/${items[1].id}`, { responsibleUnit: '市财政局', deadline: addDays(today, -3) }));
    await json(send(app, 'PATCH', `/api/tracking/items/${items[2].id}`, { responsibleUnit: '市教育局', deadline: addDays(today, 5) }));

    const { inbox } = await json(department.request('/api/inbox'));
    expect(inbox.items.map((i: any) => i.id)).toEqual([items[0].id, items[1].id]);
    expect(inbox.mustReport.map((i: any) => [i.id, i.nextReportDue])).toEqual([[items[1].id, addDays(today, -3)], [items[0].id, today]]);
    const counts = await homeCounts(department);
    expect(counts.find((c) => c.name === 'unit-items')!.count).toBe(2);
    expect(counts.find((c) => c.name === 'tracked-overdue')!.count).toBe(1);
    const home = await (await department.request('/')).text();
    const listed = (id: string) => [...(home.split(`id="${id}"`)[1]!.split('</table>')[0]!.matchAll(/data-item-id="(\d+)"/g))].map((m) => Number(m[1]));
    expect(listed('unit-items')).toEqual([items[0].id, items[1].id]);
    expect(listed('must-report')).toEqual([items[1].id, items[0].id]);
    expect(home).not.toContain(items[2].name);

    await json(send(department, 'POST', `/api/tracking/items/${items[0].id}/reports`, { text: '已完成初稿' }), 201);
    expect((await json(department.request('/api/inbox'))).inbox.mustReport.map((i: any) => i.id)).toEqual([items[1].id]);

    const reportsFor = async (client: TestClient) => (await json(client.request('/api/notifications?kind=progress_report'))).notifications;
    expect((await reportsFor(leader)).map((n: any) => n.subjectHref)).toEqual([`/tracking/items/${items[0].id}`]);
    expect(await reportsFor(app)).toHaveLength(1);
    expect(await reportsFor(department)).toEqual([]);
    expect(await reportsFor(otherDepartment)).toEqual([]);

    // The leader's count of new reports opens exactly the unread reports.
    const newReports = (await homeCounts(leader)).find((c) => c.name === 'new-reports')!;
    expect(newReports).toMatchObject({ count: 1, href: '/notifications?kind=progress_report&unread=1' });
    const page = await (await leader.request(newReports.href)).text();
    expect([...page.matchAll(/<li class="unread" data-id="(\d+)"/g)]).toHaveLength(1);
    expect(page).toContain('已完成初稿');
  });

  test('deadlines: a department hears of its own items due within seven days, once; staff see what is due soon', async () => {
    const { app, as } = await setUp();
    const department = as('department', { unit: '市财政局' });
    const otherDepartment = as('department', { unit: '市教育局' });
    const { items } = await json(app.request('/api/tracking/items'));
    const today = todayIso();
    await json(send(app, 'PATCH', `/api/tracking/items/${items[0].id}`, { responsibleUnit: '市财政局', deadline: addDays(today, 3) }));
    await json(send(app, 'PATCH', `/api/tracking/items/${items[1].id}`, { responsibleUnit: '市财政局', deadline: addDays(today, 20) }));

    const first = await json(department.request('/api/notifications?kind=deadline'));
    expect(first.notifications.map((n: any) => n.subjectHref)).toEqual([`/tracking/items/${items[0].id}`]);
    expect((await json(otherDepartment.request('/api/notifications'))).total).toBe(0);
    const marked = await json(send(department, 'POST', '/api/notifications/read', { ids: [first.notifications[0].id] }));
    expect(marked).toMatchObject({ marked: 1, unread: { total: 0 } });
    // Read once, it is not raised again.
    expect((await json(department.request('/api/notifications?unread=1'))).total).toBe(0);
    expect((await json(department.request('/api/notifications'))).total).toBe(1);

    const staff = await homeCounts(app);
    expect(staff.find((c) => c.name === 'tracked-due')!.count).toBe(2);
  });

  test('staff\'s count of dispositions due within 30 days opens exactly those', async () => {
    const { app, ids, addUnits } = await setUp();
    addUnits('市财政局');
    const today = todayIso();
    const grounds = (await json(app.request('/api/review/grounds'))).grounds as { id: number; category: string }[];
    const improve = grounds.find((g) => g.category === 'improve')!.id;
    for (const [i, days] of [[0, 10], [1, 29], [2, 45], [3, -1]] as const) {
      await json(send(app, 'PATCH', `/api/review/dispositions/${ids[i]}`, { category: 'improve', groundId: improve, responsibleUnit: '市财政局', deadline: addDays(today, days) }));
    }
    const count = (await homeCounts(app)).find((c) => c.name === 'disposition-deadlines')!;
    expect(count).toMatchObject({ count: 2, href: '/inbox/deadlines' });
    const page = await (await app.request(count.href)).text();
    expect([...page.matchAll(/<tr data-disposition-id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([ids[0], ids[1]]);
  });

  test('an administrator sees the accounts and the latest access log; a viewer has no inbox', async () => {
    const { as } = await setUp();
    const admin = as('admin');
    const { inbox } = await json(admin.request('/api/inbox'));
    const { users } = await json(admin.request('/api/users'));
    expect(inbox.accounts.total).toBe(users.length);
    const count = (await homeCounts(admin)).find((c) => c.name === 'accounts')!;
    expect(count).toMatchObject({ count: users.length, href: '/admin/users' });
    expect((await json(as('viewer').request('/api/inbox'))).inbox).toBeNull();
  });
});

describe('notifications', () => {
  test('a user reads and marks only their own; the header\'s bell counts the unread', async () => {
    const { app, as, leader, ids, keepGround } = await setUp();
    const colleague = as('staff');
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: ids.slice(0, 3), category: 'keep', groundId: keepGround }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: ids.slice(0, 3) }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids: ids.slice(0, 3), comment: '请补充理由' }));
    const { notifications, unread } = await json(app.request('/api/notifications'));
    expect(unread.total).toBe(3);
    expect(await (await app.request('/documents')).text()).toContain('aria-label="通知：3 条未读"');

    // Someone else's ids change nothing.
    expect((await json(send(colleague, 'POST', '/api/notifications/read', { ids: notifications.map((n: any) => n.id) }))).marked).toBe(0);
    expect((await json(send(colleague, 'POST', '/api/notifications/read', { all: true }))).marked).toBe(0);
    expect((await json(app.request('/api/notifications?unread=1'))).total).toBe(3);

    expect((await json(send(app, 'POST', '/api/notifications/read', { ids: [notifications[0].id] }))).unread.total).toBe(2);
    expect((await json(send(app, 'POST', '/api/notifications/read', { all: true }))).marked).toBe(2);
    expect(await (await app.request('/documents')).text()).toContain('aria-label="通知：没有未读"');

    expect((await json(send(app, 'POST', '/api/notifications/read', { ids: [] }), 400)).error.code).toBe('request.invalid');
    expect((await json(send(app, 'POST', '/api/notifications/read', { all: true, ids: [1] }), 400)).error.code).toBe('request.invalid');
    expect((await json(app.request('/api/notifications?kind=email'), 400)).error.code).toBe('request.invalid');
  });

  test('the notifications page escapes what it shows', async () => {
    const { app, leader, ids, keepGround } = await setUp();
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'set', ids: [ids[0]], category: 'keep', groundId: keepGround }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [ids[0]] }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'return', ids: [ids[0]], comment: '<script>alert(1)</script>' }));
    const page = await (await app.request('/notifications')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
