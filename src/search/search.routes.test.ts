import { beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, fixtureFolders, readFixture, ruleFile, upload } from '../test-app.js';

const FOLDERS = fixtureFolders();
type Result = { id: number; title: string; article: string | null; url: string; snippet: { text: string; highlights: [number, number][] } };

const context = createTestApp();
const search = async (q: string, extra = '') => {
  const response = await context.app.request(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return response.json() as Promise<{ total: number; results: Result[] }>;
};
const titles = (results: Result[]) => results.map((r) => r.title);

beforeAll(async () => {
  await upload(context.app, FOLDERS.map(readFixture));
});

describe('GET /api/search', () => {
  test('a fragment copied from the middle of an article finds its document, at that article, highlighted', async () => {
    const { results } = await search('专款专用，不得挤占');
    expect(results[0]).toMatchObject({ title: '平凉市市级财政专项资金管理实施细则', article: '第三条' });
    expect(results[0]!.url).toMatch(/#article-3$/);
    const [start, end] = results[0]!.snippet.highlights[0]!;
    expect(results[0]!.snippet.text.slice(start, end)).toBe('专款专用，不得挤占');
  });

  test('a fragment ending in a lone character after punctuation is matched with that character as the start of the next run', async () => {
    const verbatimHits = async (q: string) => ((await (await context.app.request(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { reading: { verbatimHits: number } }).reading.verbatimHits;
    expect(titles((await search('专款专用，不')).results)[0]).toBe('平凉市市级财政专项资金管理实施细则');
    expect(await verbatimHits('专款专用，不')).toBeGreaterThan(0);
    expect(await verbatimHits('专款专用，得')).toBe(0);
  });

  test('traditional characters find simplified text, and simplified find traditional', async () => {
    expect(titles((await search('專項資金管理')).results)).toContain('平凉市市级财政专项资金管理实施细则');
    expect(titles((await search('群众评议')).results)).toContain('平凉市群众评议政府部门工作办法');
  });

  test('a 文号 is found whatever bracket the query uses', async () => {
    for (const q of ['平政发[2019]12号', '平政发（2019）12号', '平政发〔2019〕12号']) {
      expect(titles((await search(q)).results)[0]).toBe('平凉市行政规范性文件管理办法');
    }
  });

  test('a two-character word is answered', async () => {
    const { total, results } = await search('梯田');
    expect(total).toBeGreaterThan(0);
    expect(titles(results)).toContain('庄浪县梯田保护管理规则（试行）');
  });

  test('several terms must all match, even in different articles; -term excludes', async () => {
    const both = titles((await search('城市供水 水质检测')).results);
    expect(both).toEqual(['平凉市城市供水管理办法']);
    const withExclusion = titles((await search('管理办法 -暂行')).results);
    expect(withExclusion.length).toBeGreaterThan(0);
    expect(withExclusion.some((title) => title.includes('暂行'))).toBe(false);
  });

  test('a quoted phrase matches only as written', async () => {
    expect((await search('"本办法自2019年4月1日起施行"')).total).toBe(1);
    expect((await search('"本办法自2019年4月2日起施行"')).total).toBe(0);
  });

  test('filters narrow the results, and sorting by date puts the newest first', async () => {
    const all = (await search('办法', '&limit=100')).results;
    const rules = (await search('办法', '&level=规章&limit=100')).results;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThan(all.length);
    const byDate = (await search('办法', '&sort=date&limit=100')).results;
    expect(byDate.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    const dates = byDate.map((r) => (r as unknown as { issuedOn: string | null }).issuedOn ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(1); // the order says something only when the dates differ
  });

  test('the index follows corrections and deletions at once', async () => {
    const { results } = await search('城市绿化管理办法');
    const id = results[0]!.id;
    await context.app.request(`/api/documents/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ changes: { docNumber: '平政发〔2020〕99号' } }) });
    expect(titles((await search('平政发[2020]99号')).results)).toEqual(['平凉市城市绿化管理办法']);
    await context.app.request(`/api/documents/${id}`, { method: 'DELETE' });
    expect((await search('城市绿化管理办法')).total).toBe(0);
    const leftovers = context.db.$client.prepare('select count(*) as c from search_index where rowid = ?').get(id) as { c: number };
    expect(leftovers.c).toBe(0);
  });

  test('an empty or punctuation-only query is refused or answered with nothing', async () => {
    expect((await context.app.request('/api/search?q=')).status).toBe(400);
    expect((await search('。，、')).total).toBe(0);
  });
});

describe('the index and the database', () => {
  test('agree after imports, and a rebuild after they disagree gives the same answers', async () => {
    const { searchIndexAgrees, rebuildSearchIndex } = await import('./search.index.js');
    expect(searchIndexAgrees(context.db)).toBe(true);
    const before = await search('专款专用');
    context.db.$client.exec("insert into search_index (search_index) values ('delete-all')");
    expect(searchIndexAgrees(context.db)).toBe(false);
    const progress: number[] = [];
    rebuildSearchIndex({ db: context.db, onProgress: (done) => progress.push(done) });
    expect(searchIndexAgrees(context.db)).toBe(true);
    const documents = (context.db.$client.prepare('select count(*) as c from documents').get() as { c: number }).c;
    expect(progress.at(-1)).toBe(documents);
    // Scores may shift a little (the index's statistics are exact again); what is found, and where, may not.
    const found = ({ total, results }: Awaited<typeof before>) => ({ total, results: results.map(({ id, article, snippet }) => ({ id, article, snippet })) });
    expect(found(await search('专款专用'))).toEqual(found(before));
  });
});

describe('GET /api/documents/:id/similar', () => {
  test('the repealed earlier rule is the most similar document to the rule that replaced it', async () => {
    const { results } = await search('平凉市规范性文件管理暂行办法');
    const earlier = results.find((r) => r.title === '平凉市规范性文件管理暂行办法')!;
    const { documents } = await (await context.app.request(`/api/documents/${earlier.id}/similar`)).json();
    expect(documents[0].title).toBe('平凉市行政规范性文件管理办法');
    expect(documents.map((d: { id: number }) => d.id)).not.toContain(earlier.id);
  });
});

test('search and the document list filter by the latest review category and by the institution or mechanism served', async () => {
  const { app, as } = createTestApp();
  await upload(app, [ruleFile('平凉市城市管理办法', '2015-03-01'), ruleFile('平凉市档案管理办法', '2024-02-01'), ruleFile('平凉市物业管理办法', '2023-01-01')]);
  const json = (response: Promise<Response>) => response.then((r) => r.json());
  const send = (method: string, url: string, body: unknown) => app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const { round } = await json(send('POST', '/api/review/rounds', { name: '2025年度清理' }));
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const byTitle = (title: string) => dispositions.find((d: { title: string }) => d.title === title);
  const { grounds } = await json(app.request('/api/review/grounds'));
  const ground = (code: string) => grounds.find((g: { code: string }) => g.code === code).id;
  const { items } = await json(app.request('/api/tracking/items'));
  await send('PATCH', `/api/review/dispositions/${byTitle('平凉市城市管理办法').id}`, { category: 'abolish', groundId: ground('abolish_outdated'), itemIds: [items[4].id] });
  await send('PATCH', `/api/review/dispositions/${byTitle('平凉市档案管理办法').id}`, { category: 'keep', groundId: ground('keep_valid') });

  const titles = async (url: string) => (await json(app.request(url))).results.map((r: { title: string }) => r.title);
  expect(await titles('/api/search?q=管理')).toHaveLength(3);
  expect(await titles('/api/search?q=管理&category=abolish')).toEqual(['平凉市城市管理办法']);
  expect(await titles(`/api/search?q=管理&item=${items[4].id}`)).toEqual(['平凉市城市管理办法']);
  expect(await titles(`/api/search?q=管理&item=${items[5].id}`)).toEqual([]);
  const list = await json(app.request('/api/documents?category=keep'));
  expect(list.documents.map((d: { title: string }) => d.title)).toEqual(['平凉市档案管理办法']);

  // A later round's decision is the one that counts.
  const { round: later } = await json(send('POST', '/api/review/rounds', { name: '2026年度清理' }));
  const { dispositions: laterDispositions } = await json(app.request(`/api/review/rounds/${later.id}/dispositions`));
  const archive = laterDispositions.find((d: { title: string }) => d.title === '平凉市档案管理办法');
  await send('PATCH', `/api/review/dispositions/${archive.id}`, { category: 'improve', groundId: ground('improve_outdated') });
  expect(await titles('/api/search?q=管理&category=keep')).toEqual([]);
  expect(await titles('/api/search?q=管理&category=improve')).toEqual(['平凉市档案管理办法']);

  // Review decisions are not for every reader.
  expect((await as('viewer').request('/api/search?q=管理&category=abolish')).status).toBe(403);
  expect((await as('viewer').request('/api/search?q=管理')).status).toBe(200);
  const viewerPage = await (await as('viewer').request('/search?q=管理')).text();
  expect(viewerPage).not.toContain('name="category"');
  expect(await (await app.request('/search?q=管理')).text()).toContain('name="category"');
  const listPage = await (await app.request('/documents?category=improve')).text();
  expect(listPage).toContain('<option value="improve" selected="">完善</option>');
  expect(listPage).toContain('平凉市档案管理办法');
  expect(listPage).not.toContain('平凉市城市管理办法');
  expect(await (await as('viewer').request('/documents')).text()).not.toContain('name="category"');
});

describe('queries typed as people type them', () => {
  type Reading = { mode: string; words: string[]; typeWords: string[]; corrected: { query: string; from: string; to: string } | null; summary: string };
  const read = async (app: ReturnType<typeof createTestApp>['app'], q: string, extra = '') =>
    (await app.request(`/api/search?q=${encodeURIComponent(q)}${extra}`)).json() as Promise<{ total: number; results: Result[]; reading: Reading }>;

  test('a query without spaces finds its document, and says which words it looked for', async () => {
    const { results, reading } = await read(context.app, '平凉供水管理');
    expect(results[0]!.title).toBe('平凉市城市供水管理办法');
    expect(reading).toMatchObject({ mode: 'words', words: ['平凉', '供水', '管理'], corrected: null });
    expect(reading.summary).toContain('平凉 供水 管理');
  });

  test('a wrong type word still finds the 条例, ranked below the exact type', async () => {
    const { app } = createTestApp();
    await upload(app, [ruleFile('宁波市人民调解条例', '2020-01-01'), ruleFile('宁波市人民调解工作规定', '2021-01-01'), ruleFile('宁波市物业管理条例', '2019-01-01')]);
    const { results, reading } = await read(app, '宁波人民调解规定');
    expect(titles(results)).toEqual(['宁波市人民调解工作规定', '宁波市人民调解条例']);
    expect(reading.typeWords).toEqual(['规定']);

    // No document holds all the words: those holding most of them, the rarer words counting more.
    const relaxed = await read(app, '宁波调解物业');
    expect(relaxed.reading).toMatchObject({ mode: 'relaxed', words: ['宁波', '调解', '物业'] });
    expect(titles(relaxed.results)[0]).toBe('宁波市物业管理条例');
    expect(titles(relaxed.results).sort()).toEqual(['宁波市人民调解工作规定', '宁波市人民调解条例', '宁波市物业管理条例']);
  });

  test('a slip of the pen is put right, the answer says so, and the query as typed stays one click away', async () => {
    const { results, reading } = await read(context.app, '城市供水管哩办法');
    expect(results[0]!.title).toBe('平凉市城市供水管理办法');
    expect(reading.corrected).toEqual({ query: '城市供水管理办法', from: '哩', to: '理' });
    const page = await (await context.app.request(`/search?q=${encodeURIComponent('城市供水管哩办法')}`)).text();
    expect(page).toContain('按「城市供水管理办法」检索');
    expect(page).toContain(`href="/search?${new URLSearchParams({ q: '城市供水管哩办法', literal: '1' }).toString().replace('&', '&amp;')}"`);
    const literal = await read(context.app, '城市供水管哩办法', '&literal=1');
    expect(literal.reading.corrected).toBeNull();
  });

  test('a query with good hits as typed is not corrected', async () => {
    for (const q of ['梯田', '平凉供水管理', '专款专用']) {
      const { total, reading } = await read(context.app, q);
      expect(total).toBeGreaterThan(0);
      expect(reading.corrected).toBeNull();
    }
  });

  test('verbatim hits rank first, then documents holding the words apart', async () => {
    const { app } = createTestApp();
    await upload(app, [
      ruleFile('平凉市供水企业档案管理办法', '2020-01-01', { body: '第一条 为规范供水企业的档案管理，制定本办法。' }),
      ruleFile('平凉市档案管理办法', '2021-01-01', { body: '第一条 城市供水档案由供水单位保存。' }),
    ]);
    const { results, reading } = await read(app, '供水档案');
    expect(titles(results)).toEqual(['平凉市档案管理办法', '平凉市供水企业档案管理办法']);
    expect(reading.mode).toBe('words');
  });
});
