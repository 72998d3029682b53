import { beforeAll, expect, test } from 'vitest';
import { createTestApp, upload, type TestClient } from '../test-app.js';
import { INDEXED_TEXT_CHARS, TEXT_PAGE_CHARS } from './documents.models.js';

// A text well past the indexed length: a rule at its head, filler lines, a marker only in its tail.
const lines = ['平凉市超长文件管理办法', '', '第一条 为了测试超长文本，制定本办法。开头标记甲乙丙。'];
for (let i = 0; lines.join('\n').length < INDEXED_TEXT_CHARS * 2.5; i++) lines.push(`第${i + 2}条 这是填充内容的第${i}行，用于检验长文本的分页与检索上限。`);
lines.push('结尾标记丁戊己只在索引范围之外。');
const longText = lines.join('\n');

let app: TestClient;
let id: number;
beforeAll(async () => {
  ({ app } = createTestApp());
  const { results } = await (await upload(app, [{ name: '超长文件.txt', bytes: Buffer.from(longText) }])).json();
  expect(results[0].status, JSON.stringify(results[0].error)).toBe('imported');
  id = results[0].document.id;
}, 120_000);

test('a long text is stored whole, and its page shows it in bounded pages and says how much is indexed', async () => {
  const first = await (await app.request(`/documents/${id}`)).text();
  expect(first.length).toBeLessThan(TEXT_PAGE_CHARS * 4 + 200_000);
  expect(first).toContain('开头标记甲乙丙');
  expect(first).toContain('仅前');
  const pageCount = Math.ceil(longText.length / TEXT_PAGE_CHARS);
  expect(first).toContain(`?page=${pageCount}`);
  const last = await (await app.request(`/documents/${id}?page=${pageCount}`)).text();
  expect(last.length).toBeLessThan(TEXT_PAGE_CHARS * 4 + 200_000);
  expect(last).toContain('结尾标记丁戊己');
  expect(last).not.toContain('开头标记甲乙丙');
  const { text } = await (await app.request(`/api/documents/${id}/text`)).json();
  expect(text).toBe(longText);
}, 60_000);

test('search reads only the indexed beginning of a long text, and its listing stays small', async () => {
  const head = await (await app.request(`/api/search?q=${encodeURIComponent('开头标记甲乙丙')}`)).text();
  expect(JSON.parse(head).results.map((r: { id: number }) => r.id)).toEqual([id]);
  expect(head.length).toBeLessThan(10_000);
  const page = await (await app.request(`/search?q=${encodeURIComponent('开头标记甲乙丙')}`)).text();
  expect(page.length).toBeLessThan(100_000);
  expect((await (await app.request(`/api/search?q=${encodeURIComponent('结尾标记丁戊己')}`)).json()).total).toBe(0);
}, 60_000);

test('a search hit links to the page of the text that holds it', async () => {
  const { results } = await (await app.request(`/api/search?q=${encodeURIComponent('第9000条')}`)).json();
  expect(results[0].url).toMatch(/\?page=\d+&hl=[^#]+#[\w-]+$/);
  const [, pageNumber, anchor] = results[0].url.match(/\?page=(\d+)&hl=[^#]+#([\w-]+)$/)!;
  expect(Number(pageNumber)).toBeGreaterThan(1);
  const page = await (await app.request(`/documents/${id}?page=${pageNumber}`)).text();
  expect(page).toMatch(new RegExp(`id="${anchor}"[^>]*>第9000条`));
  // Opened from the hit, the page marks the term where it stands.
  expect(await (await app.request(results[0].url.split('#')[0])).text()).toMatch(new RegExp(`id="${anchor}"[^>]*><mark class="hit">第9000条</mark>`));
  const previous = await (await app.request(`/documents/${id}?page=${Number(pageNumber) - 1}`)).text();
  expect(previous).not.toContain('第9000条');
}, 60_000);
