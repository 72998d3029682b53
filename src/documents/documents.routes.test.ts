import { beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, fixtureFolders, readFixture, upload } from '../test-app.js';

type Summary = { id: number; title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null; docType: string | null; level: string | null; status: string };

const FOLDERS = fixtureFolders();

async function importFixtures(folders: string[]) {
  const { app, db } = createTestApp();
  const response = await upload(app, folders.map(readFixture));
  const { results } = await response.json();
  return { app, db, ids: Object.fromEntries(folders.map((folder, i) => [folder, results[i].document.id as number])) };
}

async function listAll(app: Awaited<ReturnType<typeof importFixtures>>['app'], query: string) {
  const seen: Summary[] = [];
  let cursor: string | null = null;
  do {
    const response = await app.request(`/api/documents?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page = await response.json() as { documents: Summary[]; nextCursor: string | null; total: number };
    seen.push(...page.documents);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('GET /api/documents', () => {
  let context: Awaited<ReturnType<typeof importFixtures>>;
  beforeAll(async () => {
    context = await importFixtures(FOLDERS);
  });

  test('pages by cursor through every document exactly once, in date order, newest first', async () => {
    const all = await listAll(context.app, 'sort=issuedOn&order=desc');
    expect(all).toHaveLength(FOLDERS.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(FOLDERS.length);
    const dates = all.map((d) => d.issuedOn ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test.each(['title', 'docNumber', 'issuer', 'importedAt'])('pages in ascending %s order without gaps', async (sort) => {
    const all = await listAll(context.app, `sort=${sort}&order=asc`);
    expect(all).toHaveLength(FOLDERS.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(FOLDERS.length);
  });

  test.each([
    ['type=办法', (d: Summary) => d.docType === '办法'],
    ['issuer=平凉市人民政府', (d: Summary) => d.issuer === '平凉市人民政府'],
    ['level=规章', (d: Summary) => d.level === '规章'],
    ['yearFrom=2019&yearTo=2020', (d: Summary) => !!d.issuedOn && d.issuedOn >= '2019' && d.issuedOn < '2021'],
    ['status=expired', (d: Summary) => d.status === 'expired'],
    ['q=住房公积金', (d: Summary) => d.title.includes('住房公积金')],
    ['q=平政发〔2019〕', (d: Summary) => !!d.docNumber?.includes('平政发〔2019〕')],
  ])('filters by %s, and the total counts the matches', async (query, matches) => {
    const everything = await listAll(context.app, 'sort=issuedOn');
    const expected = everything.filter(matches).map((d) => d.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const response = await (await context.app.request(`/api/documents?${query}&limit=200`)).json();
    expect(response.documents.map((d: Summary) => d.id).sort()).toEqual(expected);
    expect(response.total).toBe(expected.length);
  });

  test('a validity period that has ended marks the document expired', async () => {
    const page = await (await context.app.request(`/api/documents/${context.ids['007-valid-until-date']}`)).json();
    expect(page.document).toMatchObject({ expiresOn: '2022-12-31', status: 'expired' });
  });

  test('facets list the types, issuers and levels there are, with counts', async () => {
    const facets = await (await context.app.request('/api/documents/facets')).json();
    expect(facets.docTypes).toContainEqual({ value: '办法', count: expect.any(Number) });
    expect(facets.levels.map((f: { value: string }) => f.value)).toContain('规章');
  });

  test.each([
    ['sort=nonsense', 'request.invalid'],
    ['limit=100000', 'request.invalid'],
    ['level=宪法', 'request.invalid'],
    ['cursor=not-a-cursor', 'document.invalid_cursor'],
  ])('a bad query (%s) is a 400 with code %s', async (query, code) => {
    const response = await context.app.request(`/api/documents?${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(code);
  });
});

describe('one document', () => {
  test('shows its metadata, structure and text, and its original comes back byte-identical', async () => {
    const { app, ids } = await importFixtures(['014-docx-wrapped-title']);
    const id = ids['014-docx-wrapped-title'];
    const { document, structure } = await (await app.request(`/api/documents/${id}`)).json();
    expect(document).toMatchObject({ title: '崆峒区重大行政决策程序实施细则', articleCount: 5, extracted: { docNumber: '区政发〔2023〕3号' }, overrides: {} });
    expect(structure.nodes.filter((n: { kind: string }) => n.kind === 'section').map((n: { label: string }) => n.label)).toEqual(['第一节', '第二节']);

    const original = await app.request(`/api/documents/${id}/original`);
    expect(original.headers.get('content-disposition')).toContain("filename*=UTF-8''input.docx");
    expect(Buffer.from(await original.arrayBuffer()).equals(readFixture('014-docx-wrapped-title').bytes)).toBe(true);

    const { text, html } = await (await app.request(`/api/documents/${id}/text`)).json();
    expect(text).toContain('第五条');
    expect(html).toContain('<p>');
  });

  test('a corrected 文号 is normalised, marked as a correction, and survives a re-parse', async () => {
    const { app, ids } = await importFixtures(['002-gazette-layout-rule']);
    const id = ids['002-gazette-layout-rule'];
    const patched = await app.request(`/api/documents/${id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ changes: { docNumber: '平政发[2020]36号', issuer: '平凉市人民政府' } }),
    });
    expect(patched.status).toBe(200);
    expect((await patched.json()).document).toMatchObject({ docNumber: '平政发〔2020〕36号', overrides: { docNumber: '平政发〔2020〕36号', issuer: '平凉市人民政府' } });

    expect((await app.request(`/api/documents/${id}/reparse`, { method: 'POST' })).status).toBe(200);
    const { document } = await (await app.request(`/api/documents/${id}`)).json();
    expect(document).toMatchObject({ docNumber: '平政发〔2020〕36号', issuer: '平凉市人民政府', extracted: { docNumber: '平政发〔2020〕35号', issuer: null } });

    const list = await (await app.request('/api/documents?q=平政发〔2020〕36号')).json();
    expect(list.total).toBe(1);
  });

  test('resetting a field or setting it back to the extracted value drops the correction', async () => {
    const { app, ids } = await importFixtures(['002-gazette-layout-rule']);
    const id = ids['002-gazette-layout-rule'];
    const patch = (body: object) => app.request(`/api/documents/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await patch({ changes: { docNumber: '平政发〔2020〕99号', title: '新标题' } });
    await patch({ changes: { title: '平凉市城市绿化管理办法' }, reset: ['docNumber'] });
    const { document } = await (await app.request(`/api/documents/${id}`)).json();
    expect(document).toMatchObject({ title: '平凉市城市绿化管理办法', docNumber: '平政发〔2020〕35号', overrides: {} });
  });

  test.each([
    [{ changes: { issuedOn: '2019-02-30' } }, 'changes.issuedOn'],
    [{ changes: { issuedOn: '2019年3月5日' } }, 'changes.issuedOn'],
    [{ changes: { title: '' } }, 'changes.title'],
    [{ changes: { level: '部门文件' } }, 'changes.level'],
    [{ changes: { sha256: 'x' } }, 'changes'],
  ])('an invalid correction %j is refused with details, and nothing changes', async (body, path) => {
    const { app, ids } = await importFixtures(['002-gazette-layout-rule']);
    const id = ids['002-gazette-layout-rule'];
    const response = await app.request(`/api/documents/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('request.invalid');
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
    const { document } = await (await app.request(`/api/documents/${id}`)).json();
    expect(document.overrides).toEqual({});
  });

  test('a document that does not exist is a 404 with a code, for the API and for the page', async () => {
    const { app } = createTestApp();
    for (const url of ['/api/documents/999', '/api/documents/999/original', '/documents/999']) {
      const response = await app.request(url);
      expect(response.status).toBe(404);
    }
    expect((await (await app.request('/api/documents/999')).json()).error.code).toBe('document.not_found');
  });

  test('deleting a document removes its content and original too', async () => {
    const { app, db, ids } = await importFixtures(['002-gazette-layout-rule']);
    expect((await app.request(`/api/documents/${ids['002-gazette-layout-rule']}`, { method: 'DELETE' })).status).toBe(204);
    const count = (table: string) => (db.$client.prepare(`select count(*) as c from ${table}`).get() as { c: number }).c;
    expect([count('documents'), count('document_contents'), count('document_files')]).toEqual([0, 0, 0]);
  });
});

describe('where each field was found', () => {
  test('a portal page shows the evidence of its fields through the API and on its page', async () => {
    const { app, ids } = await importFixtures(['090-html-portal-page']);
    const { document } = await (await app.request(`/api/documents/${ids['090-html-portal-page']}`)).json();
    expect(document).toMatchObject({
      kind: 'official',
      docNumber: '平政办发〔2024〕21号',
      expiresOn: '2027-06-30',
      evidence: {
        docNumber: { source: 'header' },
        issuedOn: { source: 'signature' },
        expiresOn: { source: 'page_box', detail: '失效日期' },
        kind: { source: 'meta', detail: '政策文件' },
      },
    });
    const page = await (await app.request(`/documents/${ids['090-html-portal-page']}`)).text();
    expect(page).toContain('来源：信息公开栏（失效日期）');
    expect(page).toContain('来源：落款');
  });

  test('a news page is imported but marked as not a 公文, with none of the 文号 it quotes', async () => {
    const { app, ids } = await importFixtures(['092-html-news-page']);
    const { document } = await (await app.request(`/api/documents/${ids['092-html-news-page']}`)).json();
    expect(document).toMatchObject({ kind: 'news', docNumber: null, docType: null, issuer: null });
    const list = await (await app.request('/api/documents?limit=10')).json();
    expect(list.documents.map((d: { kind: string }) => d.kind)).toEqual(['news']);
    expect(await (await app.request(`/documents/${ids['092-html-news-page']}`)).text()).toContain('非公文：新闻报道');
  });

  test('an issuer the file does not print is inferred from its 文号 prefix and marked as inferred', async () => {
    const known = (n: number) => ({ name: `known-${n}.txt`, bytes: Buffer.from(`平凉市人民政府关于第${n}项工作的通知\n平政发〔2020〕${n}号\n各县：\n　　现将有关事项通知如下。\n平凉市人民政府\n2020年3月${n}日\n`) });
    const unsigned = { name: 'unsigned.txt', bytes: Buffer.from('关于加强城市绿化管理的通知\n平政发〔2021〕9号\n各县：\n　　现将有关事项通知如下。\n2021年4月1日\n') };
    const { app } = createTestApp();
    await upload(app, [known(1), known(2)]);
    const { results } = await (await upload(app, [unsigned])).json();
    const { document } = await (await app.request(`/api/documents/${results[0].document.id}`)).json();
    expect(document.issuer).toBe('平凉市人民政府');
    expect(document.evidence.issuer).toEqual({ source: 'inferred', detail: '文号“平政发”在已有 2 份文件中均属平凉市人民政府' });
  });
});
