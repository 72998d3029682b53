import { expect, test } from 'vitest';
import { seedRound } from '../test-review.js';
import { createTestApp, type TestClient } from '../test-app.js';

const post = (app: TestClient, url: string, body: unknown) => app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const page = async (app: TestClient, url: string) => {
  const response = await app.request(url);
  expect(response.status).toBe(200);
  return response.text();
};
const hrefOf = (html: string, id: string) => /href="([^"]+)"/.exec(new RegExp(`<a[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '')?.[1]?.replaceAll('&amp;', '&') ?? null;

test('the round page offers every match of the filter, not only the page, and carries the filter to the dispositions it links', async () => {
  const { app, db } = createTestApp();
  const { round } = seedRound(db, { name: '2026年度清理', count: 130, status: 'draft', unitlessEvery: 10 });
  const html = await page(app, `/review/${round.id}?category=keep&q=${encodeURIComponent('管理办法')}`);
  expect(html).toContain('全选符合条件的 117 项');
  expect(html).toContain(`data-filter="{&quot;category&quot;:&quot;keep&quot;,&quot;q&quot;:&quot;管理办法&quot;}"`);
  expect(html).toMatch(/href="\/review\/dispositions\/\d+\?category=keep&amp;q=%E7%AE%A1/);
  expect(html).toContain('data-action="set_unit"');
  // A page that holds every match needs no such offer.
  expect(await page(app, `/review/${round.id}?category=improve`)).not.toContain('全选符合条件的');
});

test('after a bulk action refused some items, the round page filters by them: 上次未能处理的', async () => {
  const { app, db } = createTestApp();
  const { round } = seedRound(db, { name: '2026年度清理', count: 20, status: 'draft', unitlessEvery: 5 });
  expect(await page(app, `/review/${round.id}`)).not.toContain('上次未能处理的');
  await post(app, '/api/review/dispositions/propose', { action: 'submit', selection: { roundId: round.id, filter: {} } });
  expect(await page(app, `/review/${round.id}`)).toContain('上次未能处理的（4 项）');
  const refused = await page(app, `/review/${round.id}?refused=1`);
  expect(refused).toContain('第 1–4 项，共 4 项');
});

test('a disposition opened from a filtered list steps to the previous and next of that list, even once it no longer matches', async () => {
  const { as, db } = createTestApp();
  const { round } = seedRound(db, { name: '2026年度清理', count: 12, status: 'submitted', unitlessEvery: 4 });
  const leader = as('leader');
  const { dispositions } = await (await leader.request(`/api/review/rounds/${round.id}/dispositions?status=submitted`)).json();
  const ids = dispositions.map((d: { id: number }) => d.id) as number[];
  expect(ids).toHaveLength(9);

  const second = await page(leader, `/review/dispositions/${ids[1]}?status=submitted`);
  expect(second).toContain('第 2 项，共 9 项');
  expect(hrefOf(second, 'previous-disposition')).toBe(`/review/dispositions/${ids[0]}?status=submitted`);
  expect(hrefOf(second, 'next-disposition')).toBe(`/review/dispositions/${ids[2]}?status=submitted`);
  expect(await page(leader, `/review/dispositions/${ids[0]}?status=submitted`)).not.toContain('id="previous-disposition"');
  expect(hrefOf(await page(leader, `/review/dispositions/${ids[8]}?status=submitted`), 'next-disposition')).toBeNull();

  // Approved, it leaves the filter but keeps its place between the same neighbours.
  await post(leader, '/api/review/dispositions/decide', { action: 'approve', ids: [ids[1]] });
  const approved = await page(leader, `/review/dispositions/${ids[1]}?status=submitted`);
  expect(approved).toContain('已不在筛选结果中（共 8 项）');
  expect(hrefOf(approved, 'next-disposition')).toBe(`/review/dispositions/${ids[2]}?status=submitted`);
  expect(hrefOf(approved, 'previous-disposition')).toBe(`/review/dispositions/${ids[0]}?status=submitted`);
  // The breadcrumb goes back to the same list; the shortcuts are written on the page.
  expect(approved).toContain(`href="/review/${round.id}?status=submitted"`);
  expect(approved).toContain('键盘快捷键');
  // Without a filter, the round's whole list.
  expect(await page(leader, `/review/dispositions/${ids[1]}`)).toMatch(/第 \d+ 项，共 12 项/);
});
