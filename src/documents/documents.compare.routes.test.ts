import { beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, upload, type TestClient } from '../test-app.js';

/** Two versions of one rule: the 2024 revision inserts an article (renumbering the rest), rewords one and drops one. */
const VERSION_2019 = [
  '平凉市行政规范性文件管理办法', '',
  '第一条 为了加强行政规范性文件管理，制定本办法。',
  '第二条 起草行政规范性文件，应当听取意见。',
  '第三条 行政规范性文件由本级人民政府法制机构审核。',
  '第四条 行政规范性文件应当向社会公开征求意见，期限一般不少于十五日。',
  '第五条 本办法自2019年3月1日起施行。', '',
  '平凉市人民政府', '2019年2月1日',
].join('\n');
const VERSION_2024 = [
  '平凉市行政规范性文件管理办法', '',
  '第一条 为了加强行政规范性文件管理，制定本办法。',
  '第二条 行政规范性文件实行统一登记、统一编号、统一印发制度。',
  '第三条 起草行政规范性文件，应当广泛听取意见。',
  '第四条 行政规范性文件由本级人民政府法制机构审核。',
  '第五条 本办法自2024年3月1日起施行。', '',
  '平凉市人民政府', '2024年2月1日',
].join('\n');

type Op = { op: 'equal' | 'insert' | 'delete'; text: string };
type Row = { change: string; old: { label: string | null; text: string } | null; new: { label: string | null; text: string } | null; ops?: Op[] | null };

describe('GET /api/documents/compare', () => {
  let app: TestClient;
  let as: ReturnType<typeof createTestApp>['as'];
  let oldId: number;
  let newId: number;
  beforeAll(async () => {
    ({ app, as } = createTestApp());
    const response = await upload(app, [
      { name: '管理办法-2019.txt', bytes: Buffer.from(VERSION_2019) },
      { name: '管理办法-2024.txt', bytes: Buffer.from(VERSION_2024) },
    ]);
    const { results } = await response.json() as { results: { document: { id: number } }[] };
    [oldId, newId] = results.map((r) => r.document.id) as [number, number];
  });

  test('aligns the two versions article by article and marks what changed', async () => {
    const response = await app.request(`/api/documents/compare?from=${oldId}&to=${newId}`);
    expect(response.status).toBe(200);
    const body = await response.json() as { from: { id: number; title: string }; to: { id: number }; rows: Row[]; counts: Record<string, number> };
    expect(body.from).toMatchObject({ id: oldId, title: '平凉市行政规范性文件管理办法', truncated: false });
    expect(body.to).toMatchObject({ id: newId, truncated: false });
    const articles = body.rows.filter((r) => (r.old ?? r.new)!.label?.endsWith('条'));
    expect(articles.map((r) => [r.change, r.old?.label ?? null, r.new?.label ?? null])).toEqual([
      ['unchanged', '第一条', '第一条'],
      ['inserted', null, '第二条'],
      ['changed', '第二条', '第三条'],
      ['renumbered', '第三条', '第四条'],
      ['deleted', '第四条', null],
      ['changed', '第五条', '第五条'],
    ]);
    const reworded = articles[2]!;
    expect(reworded.ops?.filter((o) => o.op === 'insert').map((o) => o.text)).toContain('广泛');
    // The last article holds the closing lines, whose date changed too.
    expect(articles[5]!.ops?.filter((o) => o.op === 'delete').map((o) => o.text).join('')).toContain('19');
    expect(body.counts).toMatchObject({ inserted: 1, deleted: 1, renumbered: 1 });
  });

  test('every role that reads documents may compare', async () => {
    const response = await as('viewer').request(`/api/documents/compare?from=${newId}&to=${oldId}`);
    expect(response.status).toBe(200);
    const { rows } = await response.json() as { rows: Row[] };
    // Swapped: what was inserted is now deleted.
    expect(rows.filter((r) => r.change === 'deleted').map((r) => r.old!.label)).toEqual(['第二条']);
  });

  test.each([
    { name: 'without the documents', query: '', status: 400, code: 'request.invalid' },
    { name: 'with one document twice', query: 'from=1&to=1', status: 400, code: 'document.compare_same' },
    { name: 'with a document that does not exist', query: 'from=1&to=9999', status: 404, code: 'document.not_found' },
    { name: 'with an id that is not a number', query: 'from=abc&to=1', status: 400, code: 'request.invalid' },
  ])('refuses a comparison $name, with a clear error', async ({ query, status, code }) => {
    const response = await app.request(`/api/documents/compare?${query}`);
    expect(response.status).toBe(status);
    const body = await response.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('the page shows both versions side by side, with deletions and insertions marked and the rest escaped', async () => {
    const response = await app.request(`/documents/compare?from=${oldId}&to=${newId}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<ins>广泛</ins>');
    expect(html).toMatch(/<del>[^<]*期限一般不少于十五日[^<]*<\/del>/);
    expect(html).toContain('class="compare-row compare-inserted"');
    expect(html).toContain('<summary>第一条等 2 处未修改</summary>');
  });

  test('text that looks like markup is shown as text', async () => {
    const hostile = (year: number, extra: string) => ({ name: `标记-${year}.txt`, bytes: Buffer.from(['平凉市标记测试办法', `第一条 本办法${extra}。`, `${year}年1月1日`].join('\n')) });
    const { results } = await (await upload(app, [hostile(2019, '<img src=x onerror=alert(1)>'), hostile(2020, '<script>alert(2)</script>')])).json() as { results: { document: { id: number } }[] };
    const html = await (await app.request(`/documents/compare?from=${results[0]!.document.id}&to=${results[1]!.document.id}`)).text();
    expect(html).not.toMatch(/<img src=x|<script>alert/);
    expect(html).toContain('&lt;');
  });

  test('the page without documents offers the pickers', async () => {
    const response = await app.request(`/documents/compare?from=${oldId}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('value="平凉市行政规范性文件管理办法（2019-02-01）"');
    expect(html).toContain('name="to" value=""');
  });
});
