import { describe, expect, test } from 'vitest';
import { createInventory } from '../app.dependencies.js';
import type { Role } from '../auth/roles.js';
import { createTestApp, insertTestDocument, ruleFile, upload, type TestClient } from '../test-app.js';

async function json<T = any>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const resolved = await response;
  const body = await resolved.json();
  expect(resolved.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const ROLES_BUT = (...allowed: Role[]) => (['admin', 'staff', 'leader', 'department', 'viewer'] as const).filter((role) => !allowed.includes(role));

function setUp() {
  const context = createTestApp();
  const admin = context.as('admin');
  const addUnit = async (unit: Record<string, unknown>) => (await json(send(admin, 'POST', '/api/units', unit), 201)).unit;
  return { ...context, admin, addUnit, documents: createInventory(context.db) };
}

describe('the managed list of units', () => {
  test('only an administrator adds, changes and deactivates units; everyone who reads documents reads the list', async () => {
    const { as, admin, addUnit } = setUp();
    const finance = await addUnit({ name: '平凉市财政局', shortName: '市财政局', aliases: ['市财政'], codes: ['平财'], kind: 'department', sortOrder: 20 });
    expect(finance).toMatchObject({ name: '平凉市财政局', shortName: '市财政局', aliases: ['市财政'], codes: ['平财'], active: true });

    for (const role of ROLES_BUT('admin')) {
      const client = as(role);
      expect((await send(client, 'POST', '/api/units', { name: '平凉市教育局' })).status, role).toBe(403);
      expect((await send(client, 'PATCH', `/api/units/${finance.id}`, { active: false })).status, role).toBe(403);
      expect((await send(client, 'POST', '/api/units/recompute', {})).status, role).toBe(403);
      expect((await client.request('/admin/units')).status, role).toBe(403);
      expect((await json(client.request('/api/units'))).units.map((u: { name: string }) => u.name)).toContain('平凉市财政局');
    }

    const renamed = (await json(send(admin, 'PATCH', `/api/units/${finance.id}`, { active: false, codes: ['平财', '平财发'] }))).unit;
    expect(renamed).toMatchObject({ active: false, codes: ['平财', '平财发'] });
    expect((await json(admin.request('/api/units?active=1'))).units.map((u: { id: number }) => u.id)).not.toContain(finance.id);
    const page = await (await admin.request('/admin/units')).text();
    expect(page).toContain('value="平凉市财政局"');
    expect(page).toContain('已停用');
    const { events } = await json(admin.request('/api/audit'));
    expect(events.slice(0, 2).map((e: { action: string }) => e.action)).toEqual(['unit.updated', 'unit.created']);
  });

  test('a name, short name or alias belongs to one unit only; a 机关代字 is Chinese characters', async () => {
    const { admin, addUnit } = setUp();
    await addUnit({ name: '平凉市财政局', shortName: '市财政局' });
    for (const clash of [{ name: '平凉市财政局' }, { name: '平凉市税务局', aliases: ['市财政局'] }, { name: '市财政局' }]) {
      expect((await json(send(admin, 'POST', '/api/units', clash), 409)).error.code).toBe('unit.name_taken');
    }
    const bad = await json(send(admin, 'POST', '/api/units', { name: '平凉市教育局', codes: ['PJ-1'] }), 400);
    expect(bad.error.code).toBe('request.invalid');
    expect((await json(admin.request('/api/units'))).units.map((u: { name: string }) => u.name)).toEqual(['市司法局', '平凉市财政局']);
  });
});

describe('accounts choose their unit from the list', () => {
  test('an unknown unit is refused with a stable code and nothing is created; a name the list matches is stored as the unit', async () => {
    const { admin, addUnit } = setUp();
    const finance = await addUnit({ name: '平凉市财政局', shortName: '市财政局' });
    const unknown = await json(send(admin, 'POST', '/api/users', { username: 'li', displayName: '李四', unit: '市教育局', role: 'department' }), 400);
    expect(unknown.error).toEqual({ code: 'unit.unknown', message: expect.stringContaining('单位「市教育局」不在单位列表中') });
    expect((await json(send(admin, 'POST', '/api/users', { username: 'li', displayName: '李四', unitId: 9999, role: 'department' }), 400)).error.code).toBe('unit.unknown');
    expect((await json(admin.request('/api/users'))).users.map((u: { username: string }) => u.username)).not.toContain('li');

    const byName = (await json(send(admin, 'POST', '/api/users', { username: 'li', displayName: '李四', unit: '平凉市财政局', role: 'department' }), 201)).user;
    expect(byName).toMatchObject({ unit: '平凉市财政局', unitId: finance.id });
    const byId = (await json(send(admin, 'POST', '/api/users', { username: 'wang', displayName: '王五', unitId: finance.id, role: 'department' }), 201)).user;
    expect(byId).toMatchObject({ unit: '平凉市财政局', unitId: finance.id });

    // A deactivated unit is no longer offered; a rename follows into the accounts.
    await json(send(admin, 'PATCH', `/api/units/${finance.id}`, { name: '平凉市财政局（国资委）' }));
    expect((await json(admin.request('/api/users'))).users.find((u: { username: string }) => u.username === 'li').unit).toBe('平凉市财政局（国资委）');
    await json(send(admin, 'PATCH', `/api/units/${finance.id}`, { active: false }));
    expect((await json(send(admin, 'POST', '/api/users', { username: 'zhao', displayName: '赵六', unitId: finance.id, role: 'viewer' }), 400)).error.code).toBe('unit.inactive');
    // …but an account already in it keeps it while other fields change.
    expect((await json(send(admin, 'PATCH', `/api/users/${byId.id}`, { displayName: '王五五', unitId: finance.id }))).user.unitId).toBe(finance.id);
  });

  test('the users page offers the units as a choice, not a text field', async () => {
    const { admin, addUnit } = setUp();
    await addUnit({ name: '平凉市财政局' });
    const page = await (await admin.request('/admin/users')).text();
    expect(page).toMatch(/<select name="unitId" required="" aria-label="单位">/);
    expect(page).toContain('平凉市财政局</option>');
    expect(page).not.toContain('name="unit"');
  });
});

describe('dispositions and tracked items name a unit of the list', () => {
  test('an unknown responsible unit is refused; a written name is matched and stored as the unit', async () => {
    const { app, addUnit } = setUp();
    const housing = await addUnit({ name: '平凉市住房和城乡建设局', shortName: '市住建局' });
    await json(upload(app, [ruleFile('平凉市城市管理办法', '2015-03-01')]), 201);
    const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: '2026年度清理' }), 201);
    const [disposition] = (await json(app.request(`/api/review/rounds/${round.id}/dispositions`))).dispositions;
    const refused = await json(send(app, 'PATCH', `/api/review/dispositions/${disposition.id}`, { responsibleUnit: '市城管局', deadline: '2027-06-30' }), 400);
    expect(refused.error.code).toBe('unit.unknown');
    expect((await json(app.request(`/api/review/dispositions/${disposition.id}`))).disposition.deadline).toBeNull();

    const { disposition: matched } = await json(send(app, 'PATCH', `/api/review/dispositions/${disposition.id}`, { responsibleUnit: '平凉市住建局' }));
    expect(matched).toMatchObject({ responsibleUnit: '平凉市住房和城乡建设局' });
    const { disposition: byId } = await json(send(app, 'PATCH', `/api/review/dispositions/${disposition.id}`, { responsibleUnitId: housing.id }));
    expect(byId.responsibleUnit).toBe('平凉市住房和城乡建设局');
    const { disposition: cleared } = await json(send(app, 'PATCH', `/api/review/dispositions/${disposition.id}`, { responsibleUnit: null }));
    expect(cleared.responsibleUnit).toBeNull();
  });

  test('a department whose unit is written differently on the item and on its account still gets the report form, and sees its items first', async () => {
    const { app, as, addUnit } = setUp();
    await addUnit({ name: '平凉市财政局', shortName: '市财政局' });
    const department = as('department', { unit: '市财政局' });
    const { items } = await json(app.request('/api/tracking/items'));
    const item = items.find((i: { name: string }) => i.name === '财税分配机制');
    expect((await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '市统计局' }), 400)).error.code).toBe('unit.unknown');
    const { item: assigned } = await json(send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: '平凉市财政局' }));
    expect(assigned).toMatchObject({ responsibleUnit: '平凉市财政局', responsibleUnitId: department.unitId });

    const page = await (await department.request(`/tracking/items/${item.id}`)).text();
    expect(page).toContain('id="report-form"');
    await json(send(department, 'POST', `/api/tracking/items/${item.id}/reports`, { text: '已形成初稿' }), 201);

    const dashboard = await json(department.request('/api/tracking/dashboard'));
    expect(dashboard.items[0].name).toBe('财税分配机制');
    expect((await json(app.request('/api/tracking/dashboard'))).items[0].name).toBe('党委决策制度');
  });
});

describe('a document\'s responsible units (谁制定、谁清理)', () => {
  test('are proposed on import from the 机关代字 and the issuer, joint documents naming the lead and the others', async () => {
    const { app, addUnit, documents } = setUp();
    const government = await addUnit({ name: '平凉市人民政府', shortName: '市政府', codes: ['平政'], kind: 'government' });
    const office = await addUnit({ name: '平凉市人民政府办公室', shortName: '市政府办公室', codes: ['平政办'] });
    const finance = await addUnit({ name: '平凉市财政局', shortName: '市财政局', codes: ['平财'] });
    const labour = await addUnit({ name: '平凉市人力资源和社会保障局', shortName: '市人社局' });
    const [byIssuer, byCode] = (await json(upload(app, [
      ruleFile('平凉市城市管理办法', '2015-03-01'),
      ruleFile('平凉市公文处理办法', '2020-05-01', { docNumber: '平政办发〔2020〕45号' }),
    ]), 201)).results.map((r: { document: { id: number } }) => r.document.id);
    const joint = insertTestDocument(documents, { title: '平凉市就业补助资金管理办法', issuer: '平凉市财政局 平凉市人社局' }).id;

    expect(await json(app.request(`/api/documents/${byIssuer}/units`))).toEqual({ lead: { id: government.id, name: '平凉市人民政府', shortName: '市政府' }, others: [], source: 'issuer' });
    expect(await json(app.request(`/api/documents/${byCode}/units`))).toMatchObject({ lead: { id: office.id }, others: [], source: 'doc_number' });
    expect(await json(app.request(`/api/documents/${joint}/units`))).toMatchObject({ lead: { id: finance.id }, others: [{ id: labour.id, name: '平凉市人力资源和社会保障局' }], source: 'issuer' });

    // The list and search filter by the unit (lead or joint), or by having none.
    const listed = async (query: string) => (await json(app.request(`/api/documents?${query}`))).documents.map((d: { id: number }) => d.id).sort();
    expect(await listed(`unit=${labour.id}`)).toEqual([joint]);
    expect(await listed(`unit=${government.id}`)).toEqual([byIssuer]);
    expect(await listed('unit=none')).toEqual([]);
    expect((await json(app.request(`/api/documents?unit=abc`), 400)).error.code).toBe('request.invalid');
    const page = await (await app.request(`/documents/${joint}`)).text();
    expect(page).toContain('id="document-units-summary"');
    expect(page).toMatch(/联合发文：<a href="\/documents\?unit=\d+">平凉市人力资源和社会保障局<\/a>/);
  });

  test('only the legal office (staff) and an administrator change them, which the audit log records; a recomputation keeps what they set', async () => {
    const { app, as, admin, addUnit } = setUp();
    const government = await addUnit({ name: '平凉市人民政府', codes: ['平政'] });
    const justice = (await json(admin.request('/api/units'))).units.find((u: { name: string }) => u.name === '市司法局');
    const [manual, proposed] = (await json(upload(app, [ruleFile('平凉市行政规范性文件管理办法', '2018-01-01'), ruleFile('平凉市城市管理办法', '2015-03-01')]), 201))
      .results.map((r: { document: { id: number } }) => r.document.id);

    for (const role of ['leader', 'department', 'viewer'] as const) {
      expect((await send(as(role), 'PUT', `/api/documents/${manual}/units`, { leadUnitId: justice.id })).status, role).toBe(403);
      expect(await (await as(role).request(`/documents/${manual}`)).text()).not.toContain('id="document-units-form"');
    }
    expect(await (await app.request(`/documents/${manual}`)).text()).toContain('id="document-units-form"');
    expect((await json(send(app, 'PUT', `/api/documents/${manual}/units`, { leadUnitId: 9999 }), 400)).error.code).toBe('unit.unknown');
    expect((await json(send(app, 'PUT', `/api/documents/${manual}/units`, { leadUnitId: justice.id, otherUnitIds: [justice.id] }), 400)).error.code).toBe('unit.document_units_invalid');
    expect(await json(send(app, 'PUT', `/api/documents/${manual}/units`, { leadUnitId: justice.id, otherUnitIds: [government.id] })))
      .toMatchObject({ lead: { id: justice.id }, others: [{ id: government.id }], source: 'manual' });
    expect(await json(send(admin, 'PUT', `/api/documents/${proposed}/units`, { leadUnitId: null }))).toEqual({ lead: null, others: [], source: null });

    const { events } = await json(admin.request('/api/audit'));
    const changes = events.filter((e: { action: string }) => e.action === 'document.units_changed');
    expect(changes[1]).toMatchObject({ targetName: `${manual} 平凉市行政规范性文件管理办法`, detail: { from: { lead: '平凉市人民政府', others: [] }, to: { lead: '市司法局', others: ['平凉市人民政府'] } } });

    // After the list changes, the proposals are made again for every document; the hand-set one stays.
    const recomputed = await json(send(admin, 'POST', '/api/units/recompute', {}));
    expect(recomputed).toEqual({ documents: 2, withUnit: 1, withoutUnit: 0, keptManual: 1 });
    expect((await json(app.request(`/api/documents/${manual}/units`))).lead.id).toBe(justice.id);
    expect((await json(app.request(`/api/documents/${proposed}/units`))).lead.id).toBe(government.id);
  });

  test('a document corrected by staff gets a new proposal from its new issuer, unless its units were set by hand', async () => {
    const { app, addUnit } = setUp();
    await addUnit({ name: '平凉市人民政府' });
    const education = await addUnit({ name: '平凉市教育局', shortName: '市教育局' });
    const [id] = (await json(upload(app, [ruleFile('平凉市校园安全管理办法', '2019-01-01')]), 201)).results.map((r: { document: { id: number } }) => r.document.id);
    await json(send(app, 'PATCH', `/api/documents/${id}`, { changes: { issuer: '市教育局' } }));
    expect((await json(app.request(`/api/documents/${id}/units`))).lead.id).toBe(education.id);
    const justice = (await json(app.request('/api/units'))).units.find((u: { name: string }) => u.name === '市司法局');
    await json(send(app, 'PUT', `/api/documents/${id}/units`, { leadUnitId: justice.id }));
    await json(send(app, 'PATCH', `/api/documents/${id}`, { changes: { issuer: '平凉市人民政府' } }));
    expect((await json(app.request(`/api/documents/${id}/units`))).lead.id).toBe(justice.id);
  });
});
