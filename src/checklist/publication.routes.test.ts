import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { createTestApp, ruleFile, upload, type TestClient } from '../test-app.js';
import { createUnitDirectory } from '../units/units.directory.js';

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const json = async (response: Promise<Response>) => {
  const res = await response;
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res.json();
};
const error = async (response: Promise<Response>) => {
  const res = await response;
  return { status: res.status, code: (await res.json()).error?.code as string };
};

const DETAILS = { issuer: '平凉市人民政府', docNumber: '平政发〔2026〕12号', issuedOn: '2026-12-01', copyTo: '省政府办公厅，市委办公室' };

/** A round of five documents, one per published list (two abolished: one 废止, one 宣布失效), and one left submitted. */
async function setUp() {
  const context = createTestApp();
  const { app } = context;
  const leader = context.as('leader');
  createUnitDirectory({ db: context.db }).ensure('市城管局');
  await upload(app, [
    ruleFile('平凉市档案管理办法', '2024-02-01'), ruleFile('平凉市城市管理办法', '2015-03-01'), ruleFile('平凉市物业管理办法<script>', '2019-05-01'),
    ruleFile('平凉市节能补助办法', '2018-01-01'), ruleFile('平凉市公园管理办法', '2020-01-01'),
  ]);
  const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: '2026年度规范性文件清理' }));
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const id = (title: string) => dispositions.find((d: { title: string }) => d.title.startsWith(title)).id;
  const { grounds } = await json(app.request('/api/review/grounds'));
  const ground = (code: string) => grounds.find((g: { code: string }) => g.code === code).id;
  const decide = async (title: string, patch: Record<string, unknown>) => {
    await json(send(app, 'PATCH', `/api/review/dispositions/${id(title)}`, patch));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [id(title)] }));
  };
  await decide('平凉市档案管理办法', { category: 'keep', groundId: ground('keep_valid') });
  await decide('平凉市城市管理办法', { category: 'improve', groundId: ground('improve_outdated'), reason: '第五条不适应城市发展', responsibleUnit: '市城管局', deadline: '2027-06-30' });
  await decide('平凉市物业管理办法', { category: 'abolish', groundId: ground('abolish_duplicate') });
  await decide('平凉市节能补助办法', { category: 'abolish', groundId: ground('abolish_expired') });
  await decide('平凉市公园管理办法', { category: 'keep', groundId: ground('keep_valid') });
  await json(send(leader, 'POST', '/api/review/dispositions/decide', {
    action: 'approve', ids: ['平凉市档案管理办法', '平凉市城市管理办法', '平凉市物业管理办法', '平凉市节能补助办法'].map(id),
  }));
  const approveRest = () => json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'approve', ids: [id('平凉市公园管理办法')] }));
  return { ...context, leader, round, id, approveRest, url: `/api/publication/rounds/${round.id}` };
}

const download = async (app: TestClient, url: string) => {
  const response = await app.request(url);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
};

describe('publishing a round’s result (公布清理结果)', () => {
  test('the four lists are drawn from approved decisions, each numbered as an attachment', async () => {
    const { app, url, approveRest } = await setUp();
    await approveRest();
    const { publication } = await json(app.request(url));
    expect(publication.attachments.map((a: { number: number; title: string; rows: { title: string }[] }) => [a.number, a.title, a.rows.map((r) => r.title)])).toEqual([
      // Oldest first within an issuer.
      [1, '继续有效的规范性文件目录', ['平凉市公园管理办法', '平凉市档案管理办法']],
      [2, '需要修改的规范性文件目录', ['平凉市城市管理办法']],
      [3, '决定废止的规范性文件目录', ['平凉市物业管理办法<script>']],
      [4, '宣布失效的规范性文件目录', ['平凉市节能补助办法']],
    ]);
    expect(publication.attachments[1].rows[0].note).toBe('部分内容不适应形势发展；第五条不适应城市发展');
    expect(publication.details.body).toContain('经清理，决定：2件继续有效（见附件1）；1件予以修改（见附件2）；1件予以废止（见附件3）；1件宣布失效（见附件4）。');
  });

  test('only a leader publishes, only when every decision is approved and the document has issuer, number and date', async () => {
    const { app, as, leader, url, approveRest } = await setUp();
    expect(await error(send(leader, 'POST', `${url}/publish`, {}))).toEqual({ status: 409, code: 'publication.not_ready' });
    await approveRest();
    const notReady = await leader.request(`${url}/publish`, { method: 'POST' });
    expect(notReady.status).toBe(409);
    expect((await notReady.json()).error.message).toContain('发文字号');

    expect((await send(leader, 'PUT', url, DETAILS)).status).toBe(403);
    expect((await send(as('department'), 'PUT', url, DETAILS)).status).toBe(403);
    await json(send(app, 'PUT', url, DETAILS));
    expect((await app.request(`${url}/publish`, { method: 'POST' })).status).toBe(403);
    expect((await as('viewer').request(url)).status).toBe(403);

    const { publication } = await json(leader.request(`${url}/publish`, { method: 'POST' }));
    expect(publication.published.by).toMatch(/^leader/);
    expect(await error(send(app, 'PUT', url, { ...DETAILS, docNumber: '平政发〔2026〕13号' }))).toEqual({ status: 409, code: 'publication.published' });
    expect(await error(leader.request(`${url}/publish`, { method: 'POST' }))).toEqual({ status: 409, code: 'publication.published' });
  });

  test('once published the round is closed: no decision changes, and the lists stay as published', async () => {
    const { app, leader, url, approveRest, id, round } = await setUp();
    await approveRest();
    await json(send(app, 'PUT', url, DETAILS));
    const { publication: published } = await json(leader.request(`${url}/publish`, { method: 'POST' }));
    const reopened = await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'reopen', ids: [id('平凉市节能补助办法')], comment: '再议' }));
    expect(reopened.skipped.map((s: { code: string }) => s.code)).toEqual(['review.round_published']);
    expect(await error(send(app, 'POST', `/api/review/rounds/${round.id}/proposals`, { proposedTitle: '平凉市新办法' }))).toEqual({ status: 409, code: 'review.round_published' });
    expect(await error(app.request(`/api/review/rounds/${round.id}/add-documents`, { method: 'POST' }))).toEqual({ status: 409, code: 'review.round_published' });
    const { publication } = await json(app.request(url));
    expect(publication.attachments).toEqual(published.attachments);
  });


  test('rejects bad details with a clear error and keeps nothing of them', async () => {
    const { app, url } = await setUp();
    const bad = await send(app, 'PUT', url, { ...DETAILS, issuedOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect((await send(app, 'PUT', url, { ...DETAILS, unknown: 1 })).status).toBe(400);
    const { publication } = await json(app.request(url));
    expect(publication.saved.docNumber).toBe('');
  });

  test('.docx: masthead, number, title, body, attachments note, signature, then each list on its pages; 送审稿 until published', async () => {
    const { app, leader, url, approveRest } = await setUp();
    await approveRest();
    await json(send(app, 'PUT', url, DETAILS));
    const { response, bytes } = await download(app, `${url}/export?format=docx`);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('平凉市人民政府关于公布规范性文件清理结果的决定（送审稿）.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const order = ['平凉市人民政府文件', '平政发〔2026〕12号', '平凉市人民政府关于公布规范性文件清理结果的决定', '各县（市、区）人民政府',
      '经清理，决定', '附件：1．继续有效的规范性文件目录', '4．宣布失效的规范性文件目录', '2026年12月1日', '（此件公开发布）',
      '抄送：省政府办公厅，市委办公室', '附件1', '平凉市档案管理办法', '附件4', '宣布失效的规范性文件目录', '平凉市节能补助办法', '适用期已过'];
    const positions = order.map((part) => text.indexOf(part, 0));
    expect(positions.every((p) => p >= 0), JSON.stringify(order.filter((_, i) => positions[i]! < 0))).toBe(true);
    const files = unzipSync(bytes);
    const headers = Object.keys(files).filter((name) => /word\/header\d*\.xml/.test(name)).map((name) => strFromU8(files[name]!)).join('');
    expect(headers).toContain('送审稿');

    await json(leader.request(`${url}/publish`, { method: 'POST' }));
    const final = unzipSync((await download(app, `${url}/export?format=docx`)).bytes);
    expect(Object.keys(final).filter((name) => /word\/header\d*\.xml/.test(name)).map((name) => strFromU8(final[name]!)).join('')).not.toContain('送审稿');
  });

  test('the portal page is plain HTML with every text escaped, and the .xlsx has one sheet per attachment', async () => {
    const { app, url, approveRest } = await setUp();
    await approveRest();
    await json(send(app, 'PUT', url, DETAILS));
    const html = (await download(app, `${url}/export?format=html`)).bytes.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|class=|src=/);
    expect(html).toContain('平凉市物业管理办法&lt;script&gt;');
    expect(html.match(/<table/g)).toHaveLength(4);
    expect(html).toContain('<h2>附件4　宣布失效的规范性文件目录</h2>');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(app, `${url}/export?format=xlsx`)).bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([['附件1', 4], ['附件2', 3], ['附件3', 3], ['附件4', 3]]);
    expect(workbook.getWorksheet('附件4')!.getRow(3).getCell(2).value).toBe('平凉市节能补助办法');
  });

  test('the page: staff draft it, a leader sees the publish button, others read it', async () => {
    const { app, as, leader, round } = await setUp();
    const page = async (client: TestClient) => (await client.request(`/checklist/${round.id}/publication`)).text();
    const staff = await page(app);
    expect(staff).toContain('id="publication-form"');
    expect(staff).toContain('尚有 1 项清理意见未批准');
    expect(staff).not.toContain('id="publish"');
    expect(await page(leader)).toContain('id="publish"');
    const department = await page(as('department'));
    expect(department).not.toContain('id="publication-form"');
    expect(department).toContain('附件1');
  });
});
