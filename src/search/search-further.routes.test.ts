import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createInventory } from '../app.dependencies.js';
import { createTestApp, insertTestDocument, ruleFile, upload, type TestClient } from '../test-app.js';

type Result = { id: number; title: string; url: string };
type Page = { total: number; page: number; pages: number; limit: number; results: Result[] };

const context = createTestApp();
const json = async <T>(client: TestClient, url: string, init?: RequestInit): Promise<T> => {
  const response = await client.request(url, init);
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response.json() as Promise<T>;
};
const search = (q: string, extra = '') => json<Page>(context.app, `/api/search?q=${encodeURIComponent(q)}${extra}`);
const list = async (q: string) => (await json<{ documents: { id: number; title: string }[] }>(context.app, `/api/documents?limit=200&q=${encodeURIComponent(q)}`)).documents;

/** 45 documents that hold 营商环境 in their title, the rest of the inventory not. */
const MANY = 45;

beforeAll(async () => {
  const inventory = createInventory(context.db);
  for (let n = 1; n <= MANY; n++) insertTestDocument(inventory, { title: `平凉市优化营商环境第${n}项措施`, issuedOn: `2020-01-${String((n % 28) + 1).padStart(2, '0')}` });
  insertTestDocument(inventory, { title: '平凉市行政规范性文件管理办法', docNumber: '平政发〔2019〕12号', issuedOn: '2019-03-05' });
  insertTestDocument(inventory, { title: '平凉市行政許可實施辦法', docNumber: '平政辦發〔2020〕3号', issuedOn: '2020-05-01' });
  insertTestDocument(inventory, { title: '平凉市行政许可监督规定', issuedOn: '2021-02-01' });
  insertTestDocument(inventory, { title: '=HYPERLINK("http://evil.example")', issuedOn: '2021-02-02' });
  const uploaded = await upload(context.app, [ruleFile('平凉市城市供水管理办法', '2019-04-01', { body: '供水企业应当保证水质。水质检测每月一次，城市供水水质应当公开。' })]);
  expect(uploaded.status).toBe(201);
});

describe('paged search', () => {
  test('every match is reachable: the pages together list each of the total once, and the pages count is right', async () => {
    const first = await search('营商环境', '&limit=20');
    expect(first).toMatchObject({ total: MANY, page: 1, pages: 3, limit: 20 });
    const seen: number[] = [];
    for (let page = 1; page <= first.pages; page++) {
      const { results, page: answered } = await search('营商环境', `&limit=20&page=${page}`);
      expect(answered).toBe(page);
      seen.push(...results.map((r) => r.id));
    }
    expect(seen).toHaveLength(MANY);
    expect(new Set(seen).size).toBe(MANY);
    expect((await search('营商环境', '&limit=20&page=3')).results).toHaveLength(5);
  });

  test('past the last page the results are empty, with the same total; a page size over 100 is refused', async () => {
    expect(await search('营商环境', '&limit=50&page=2')).toMatchObject({ total: MANY, pages: 1, results: [] });
    expect((await context.app.request('/api/search?q=x&limit=500')).status).toBe(400);
    expect((await context.app.request('/api/search?q=x&page=0')).status).toBe(400);
  });

  test('the search page shows the page asked for, numbered on, with links to the others and the exports', async () => {
    const html = await (await context.app.request(`/search?q=${encodeURIComponent('营商环境')}&limit=20&page=3`)).text();
    expect(html).toContain('第 3 / 3 页');
    expect(html).toContain('<ol class="search-results" start="41">');
    expect(html).toContain('rel="prev"');
    expect(html).toMatch(/href="\/api\/search\/export\?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83&amp;format=xlsx"/);
  });

  test('the compact view is one line per hit, and is remembered for the user until changed', async () => {
    const q = encodeURIComponent('营商环境');
    expect(await (await context.app.request(`/search?q=${q}`)).text()).not.toContain('search-compact');
    await json(context.app, '/api/search/preferences', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ view: 'compact', pageSize: 50 }) });
    const html = await (await context.app.request(`/search?q=${q}`)).text();
    expect(html).toContain('<table class="search-compact card-table">');
    expect(html.match(/<tr><td class="nowrap" data-label="序号">/g)).toHaveLength(MANY);
    // Another user keeps the full view; the address wins over the remembered choice.
    expect(await (await context.as('viewer').request(`/search?q=${q}`)).text()).not.toContain('search-compact');
    expect(await (await context.app.request(`/search?q=${q}&view=full`)).text()).not.toContain('search-compact');
    expect((await context.app.request('/api/search/preferences', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ view: 'compact', pageSize: 33 }) })).status).toBe(400);
  });
});

describe('the document list filter reads its text as search does', () => {
  // What search finds in titles and 文号, the list finds: brackets, width and 繁/简 folded alike.
  const cases: [query: string, expected: string[]][] = [
    ['平政发[2019]12号', ['平凉市行政规范性文件管理办法']],
    ['平政发（2019）12号', ['平凉市行政规范性文件管理办法']],
    ['平政發〔2019〕12號', ['平凉市行政规范性文件管理办法']],
    ['２０１９', ['平凉市行政规范性文件管理办法']],
    ['行政許可', ['平凉市行政許可實施辦法', '平凉市行政许可监督规定']],
    ['行政许可', ['平凉市行政許可實施辦法', '平凉市行政许可监督规定']],
    ['行政许可 -监督', ['平凉市行政許可實施辦法']],
    ['〔〕', []],
  ];
  test.each(cases)('%s', async (query, expected) => {
    const found = await list(query);
    expect(found.map((d) => d.title).sort()).toEqual([...expected].sort());
    const searched = new Set((await search(query, '&limit=100')).results.map((r) => r.id));
    for (const document of found) expect(searched.has(document.id)).toBe(true);
  });
});

describe('export of the whole result set', () => {
  const readXlsx = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  test('a search exports every match (not only the page) as xlsx, in rank order, with dates as dates and the status', async () => {
    const response = await context.app.request(`/api/search/export?q=${encodeURIComponent('营商环境')}&format=xlsx&limit=20&page=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('检索结果-营商环境-')}`);
    const rows = await readXlsx(response);
    expect(rows[0]).toEqual(['序号', '标题', '文号', '发文机关', '成文日期', '施行日期', '失效日期', '时效性', '文种', '清理类别']);
    expect(rows).toHaveLength(MANY + 1);
    const ranked = (await search('营商环境', '&limit=100')).results.map((r) => r.title);
    expect(rows.slice(1).map((row) => row[1])).toEqual(ranked);
    expect(rows[1]![0]).toBe(1);
    expect(rows[1]![4]).toBeInstanceOf(Date);
    expect(rows[1]![7]).toBe('现行有效');
  });

  test('as CSV: UTF-8 with a BOM, a cell that looks like a formula defused; a viewer gets no review column', async () => {
    const response = await context.as('viewer').request(`/api/search/export?q=${encodeURIComponent('HYPERLINK')}&format=csv`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('序号,标题,文号,发文机关,成文日期,施行日期,失效日期,时效性,文种');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  test('the document list exports every document its filter passes, in its order, the file named after the filter', async () => {
    const response = await context.app.request(`/api/documents/export?q=${encodeURIComponent('行政許可')}&sort=issuedOn&order=asc&format=xlsx&limit=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('文件清单-行政許可-'));
    const rows = await readXlsx(response);
    expect(rows.slice(1).map((row) => [row[1], row[2] ?? null])).toEqual([['平凉市行政許可實施辦法', '平政辦發〔2020〕3号'], ['平凉市行政许可监督规定', null]]);
    // The list page links to the same export, with its filter and order, and without its paging.
    const html = await (await context.app.request(`/documents?q=${encodeURIComponent('行政許可')}&sort=issuedOn&order=asc&limit=1`)).text();
    expect(html).toContain(`href="/api/documents/export?q=${encodeURIComponent('行政許可')}&amp;sort=issuedOn&amp;order=asc&amp;format=xlsx"`);
    const all = await readXlsx(await context.app.request('/api/documents/export?format=xlsx'));
    expect(all).toHaveLength(MANY + 5 + 1);
  });

  test('the review category is that of the latest round, for those who may read the review', async () => {
    const post = (url: string, body: unknown) => json<any>(context.app, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const { round } = await post('/api/review/rounds', { name: '导出测试批次' });
    const { dispositions } = await json<{ dispositions: { id: number; documentId: number }[] }>(context.app, `/api/review/rounds/${round.id}/dispositions?limit=200`);
    const target = (await list('行政许可监督'))[0]!.id;
    const { grounds } = await json<{ grounds: { id: number; code: string }[] }>(context.app, '/api/review/grounds');
    await post('/api/review/dispositions/propose', { action: 'set', ids: [dispositions.find((d) => d.documentId === target)!.id], category: 'abolish', groundId: grounds.find((g) => g.code === 'abolish_outdated')!.id });
    const rows = await readXlsx(await context.app.request(`/api/search/export?q=${encodeURIComponent('行政许可')}&format=xlsx`));
    expect(rows.filter((row) => row[9] === '废止').map((row) => row[1])).toEqual(['平凉市行政许可监督规定']);
    const html = await (await context.app.request(`/search?q=${encodeURIComponent('行政许可监督')}&view=compact`)).text();
    expect(html).toContain('<td class="nowrap" data-label="清理类别">废止</td>');
  });

  test('an unknown format is refused', async () => {
    expect((await context.app.request('/api/search/export?q=x&format=pdf')).status).toBe(400);
    expect((await context.app.request('/api/documents/export?format=exe')).status).toBe(400);
  });
});

describe('我的检索: saved searches', () => {
  const post = (client: TestClient, body: unknown) => client.request('/api/saved-searches', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  test('a search is saved by name with only its own parameters, listed, renamed, reopened and deleted', async () => {
    const saved = await post(context.app, { name: '营商环境', kind: 'search', query: `?q=${encodeURIComponent('营商环境')}&type=办法&page=3&evil=1&limit=50` });
    expect(saved.status).toBe(201);
    const { savedSearch } = await saved.json() as { savedSearch: { id: number; url: string; query: string } };
    expect(savedSearch.url).toBe(`/search?q=${encodeURIComponent('营商环境')}&type=${encodeURIComponent('办法')}`);
    expect((await post(context.app, { name: '营商环境', kind: 'search', query: 'q=x' })).status).toBe(409);
    const renamed = await context.app.request(`/api/saved-searches/${savedSearch.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '营商环境办法' }) });
    expect(renamed.status).toBe(200);
    const { savedSearches } = await json<{ savedSearches: { name: string }[] }>(context.app, '/api/saved-searches');
    expect(savedSearches.map((s) => s.name)).toContain('营商环境办法');
    expect(await (await context.app.request('/my-searches')).text()).toContain('营商环境办法');
    expect((await context.app.request(`/api/saved-searches/${savedSearch.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json<{ savedSearches: unknown[] }>(context.app, '/api/saved-searches')).savedSearches).toHaveLength(0);
  });

  test('a list filter is saved too; a search needs words, and bad parameters are refused', async () => {
    expect((await post(context.app, { name: '规范性文件', kind: 'documents', query: 'level=规范性文件&sort=title&order=asc' })).status).toBe(201);
    expect((await post(context.app, { name: '空', kind: 'search', query: 'type=办法' })).status).toBe(400);
    expect((await post(context.app, { name: '坏', kind: 'documents', query: 'level=不存在' })).status).toBe(400);
    expect((await post(context.app, { name: '', kind: 'documents', query: '' })).status).toBe(400);
  });

  test('a user sees and changes only their own', async () => {
    const owner = context.as('leader');
    const other = context.as('leader');
    const { savedSearch } = await (await post(owner, { name: '我的', kind: 'search', query: 'q=供水' })).json() as { savedSearch: { id: number } };
    expect((await json<{ savedSearches: unknown[] }>(other, '/api/saved-searches')).savedSearches).toHaveLength(0);
    expect(await (await other.request('/my-searches')).text()).not.toContain('我的</a>');
    expect((await other.request(`/api/saved-searches/${savedSearch.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '他的' }) })).status).toBe(404);
    expect((await other.request(`/api/saved-searches/${savedSearch.id}`, { method: 'DELETE' })).status).toBe(404);
    // The same name is free for another user.
    expect((await post(other, { name: '我的', kind: 'search', query: 'q=供水' })).status).toBe(201);
    expect((await json<{ savedSearches: { name: string }[] }>(owner, '/api/saved-searches')).savedSearches.map((s) => s.name)).toEqual(['我的']);
  });
});

describe('the document page opened from a hit', () => {
  test('the hit links carry the terms, and the page marks every occurrence with a counter', async () => {
    const { results } = await search('城市供水 水质');
    const url = results[0]!.url;
    expect(url).toMatch(/\?hl=.+&hl=.+#/);
    const html = await (await context.app.request(url)).text();
    expect(html.match(/<mark class="hit">/g)!.length).toBe(html.match(/<mark class="hit">(城市供水|水质)<\/mark>/g)!.length);
    const marks = html.match(/<mark class="hit">([^<]*)<\/mark>/g)!.map((m) => m.replace(/<[^>]+>/g, ''));
    expect(marks.filter((m) => m === '水质')).toHaveLength(3);
    expect(marks).toContain('城市供水');
    expect(html).toContain(`0 / ${marks.length}`);
  });

  test('a query read as words marks the words; a traditional query marks the simplified text; terms are escaped', async () => {
    const { results } = await search('供水水質檢測');
    const url = new URL(results[0]!.url, 'http://x');
    expect(url.searchParams.getAll('hl')).toContain('供水水質檢測');
    const html = await (await context.app.request(`${url.pathname}?hl=${encodeURIComponent('水質')}&hl=${encodeURIComponent('<script>')}`)).text();
    expect(html).toContain('<mark class="hit">水质</mark>');
    expect(html).not.toContain('<script>');
  });
});
