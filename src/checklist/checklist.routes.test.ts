import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { createTestApp, ruleFile, upload, type TestClient } from '../test-app.js';

const send = (app: TestClient, method: string, url: string, body: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const json = async (response: Promise<Response>) => {
  const res = await response;
  expect(res.status).toBeLessThan(300);
  return res.json();
};

/** A round with an approved keep, improve and abolish, one proposal for a new rule, one submitted and one undecided. */
async function setUp() {
  const context = createTestApp();
  context.addUnits('市城管局', '市档案局');
  const { app } = context;
  const leader = context.as('leader');
  await upload(app, [
    ruleFile('平凉市城市管理办法', '2015-03-01'), ruleFile('平凉市档案管理办法', '2024-02-01'), ruleFile('=平凉市物业管理办法', '2019-05-01'),
    ruleFile('平凉市节能补助办法', '2018-01-01'), ruleFile('平凉市公园管理办法', '2020-01-01'),
  ]);
  const { round } = await json(send(app, 'POST', '/api/review/rounds', { name: '2026年度规范性文件清理' }));
  const { dispositions } = await json(app.request(`/api/review/rounds/${round.id}/dispositions`));
  const id = (title: string) => dispositions.find((d: { title: string }) => d.title === title).id;
  const { grounds } = await json(app.request('/api/review/grounds'));
  const ground = (code: string) => grounds.find((g: { code: string }) => g.code === code).id;
  const { items } = await json(app.request('/api/tracking/items'));
  const decide = async (title: string, patch: Record<string, unknown>) => {
    await json(send(app, 'PATCH', `/api/review/dispositions/${id(title)}`, patch));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [id(title)] }));
  };
  await decide('平凉市档案管理办法', { category: 'keep', groundId: ground('keep_valid') });
  await decide('平凉市城市管理办法', { category: 'improve', groundId: ground('improve_outdated'), reason: '第五条不适应城市发展', responsibleUnit: '市城管局', deadline: '2027-06-30', itemIds: [items[4].id], legalBasis: [{ text: '《中华人民共和国城乡规划法》' }] });
  await decide('=平凉市物业管理办法', { category: 'abolish', groundId: ground('abolish_outdated'), reason: '=HYPERLINK("http://x")' });
  await decide('平凉市节能补助办法', { category: 'abolish', groundId: ground('abolish_expired') });
  const proposal = await json(send(app, 'POST', `/api/review/rounds/${round.id}/proposals`, {
    proposedTitle: '平凉市重大行政决策专家论证办法', gap: '缺少专家论证程序', responsibleUnit: '市司法局', deadline: '2027-03-31', itemIds: [items[1].id],
  }));
  await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [proposal.disposition.id] }));
  // Everything approved except the expired subsidy rules, left waiting.
  await json(send(leader, 'POST', '/api/review/dispositions/decide', {
    action: 'approve', ids: [id('平凉市档案管理办法'), id('平凉市城市管理办法'), id('=平凉市物业管理办法'), proposal.disposition.id],
  }));
  return { ...context, leader, round, id, ground };
}

const download = async (app: TestClient, url: string) => {
  const response = await app.request(url);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
};

describe('the checklist of a round', () => {
  test('has four sections of approved dispositions and a summary; with all, the waiting ones too', async () => {
    const { app, round } = await setUp();
    const { checklist } = await json(app.request(`/api/checklist/rounds/${round.id}`));
    expect(checklist.sections.map((s: { title: string; rows: unknown[] }) => [s.title, s.rows.length])).toEqual([
      ['一、坚持（继续有效）的制度', 1], ['二、完善（修改）的制度', 1], ['三、废止（宣布失效）的制度', 1], ['四、新建的制度', 1],
    ]);
    expect(checklist.sections[1].rows[0]).toMatchObject({
      title: '平凉市城市管理办法', issuer: '平凉市人民政府', issuedOn: '2015-03-01', opinion: '修改（部分内容不适应形势发展）。第五条不适应城市发展',
      basis: '《中华人民共和国城乡规划法》', responsibleUnit: '市城管局', deadline: '2027-06-30', items: '督查落实制度',
    });
    expect(checklist.sections[3].rows[0]).toMatchObject({ title: '平凉市重大行政决策专家论证办法', items: '专家咨询制度', deadline: '2027-03-31' });
    expect(checklist.summary).toMatchObject({ byCategory: { keep: 1, improve: 1, abolish: 1, create: 1 }, leftOut: 2, byIssuer: [{ issuer: '平凉市人民政府', total: 3 }, { issuer: '（新建）', total: 1 }] });
    expect(checklist.draft).toBe(false);

    const all = (await json(app.request(`/api/checklist/rounds/${round.id}?all=1`))).checklist;
    expect(all.draft).toBe(true);
    expect(all.sections[2].rows.map((r: { title: string }) => r.title)).toEqual(['平凉市节能补助办法', '=平凉市物业管理办法']);
    expect(all.summary.leftOut).toBe(1);
  });

  test('.docx: GB/T 9704 page, fonts and page numbers, a header row repeated on every page, and every row readable', async () => {
    const { app, round } = await setUp();
    const { response, bytes } = await download(app, `/api/checklist/rounds/${round.id}/export?format=docx`);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('2026年度规范性文件清理制度清单.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const heading of ['一、坚持（继续有效）的制度', '二、完善（修改）的制度', '三、废止（宣布失效）的制度', '四、新建的制度']) expect(text).toContain(heading);
    for (const title of ['平凉市档案管理办法', '平凉市城市管理办法', '=平凉市物业管理办法', '平凉市重大行政决策专家论证办法']) expect(text).toContain(title);
    expect(text).not.toContain('平凉市节能补助办法');
    expect(text).not.toContain('征求意见稿');

    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['word/document.xml']!);
    // A4 (11906 × 16838 twips), portrait then landscape, margins 37 / 35 / 28 / 26 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>(<w:[^>]*>)*<w:sz w:val="44"\/>/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/>(<w:[^>]*>)*<w:sz w:val="32"\/>/);
    // A header row on the issuer table and on every page of the four tables, each set at fixed widths.
    expect(xml.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(5);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // The cover: the round, the issuing office (the user's unit until one is set) and the date as offices write it.
    expect(text).toMatch(/^\s*2026年度规范性文件清理制度清单\s+市司法局\s+\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toContain('2015年3月1日');
    expect(text).toContain('2027年6月30日');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => strFromU8(files[name]!));
    expect(footers.some((footer) => /— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/s.test(footer))).toBe(true);
  });

  test('.docx with all is marked 征求意见稿 on every page', async () => {
    const { app, round } = await setUp();
    const { bytes } = await download(app, `/api/checklist/rounds/${round.id}/export?format=docx&all=1`);
    const files = unzipSync(new Uint8Array(bytes));
    const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => strFromU8(files[name]!));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.every((header) => header.includes('征求意见稿'))).toBe(true);
    // Cover, explanation and tables.
    expect(strFromU8(files['word/document.xml']!).match(/<w:headerReference w:type="default"/g)).toHaveLength(3);
  });

  test('.xlsx: a summary sheet and one per category, with frozen headers, filters and the cells', async () => {
    const { app, round } = await setUp();
    const { bytes } = await download(app, `/api/checklist/rounds/${round.id}/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '坚持', '完善', '废止', '新建']);
    const improve = workbook.getWorksheet('完善')!;
    expect(improve.getRow(1).values).toEqual([undefined, '序号', '名称', '文号', '发文机关', '成文日期', '清理意见', '依据', '责任单位', '完成时限', '对应制度/机制']);
    expect(improve.getCell('B2').value).toBe('平凉市城市管理办法');
    // Dates are dates, shown as offices write them.
    expect(improve.getCell('I2').value).toEqual(new Date(Date.UTC(2027, 5, 30)));
    expect(improve.getCell('I2').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(improve.getCell('E2').value).toEqual(new Date(Date.UTC(2015, 2, 1)));
    expect(improve.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(improve.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(improve.autoFilter).toBeTruthy();
    expect(improve.getColumn(2).width).toBeGreaterThan(20);
    // A title that looks like a formula stays text.
    expect(workbook.getWorksheet('废止')!.getCell('B2').value).toBe('=平凉市物业管理办法');
    const summary = workbook.getWorksheet('汇总')!;
    // A title row, the office and date, then the table, printed on A4 fitted to the width with its header repeated.
    expect(summary.getCell('A1').value).toBe('2026年度规范性文件清理制度清单');
    expect(summary.getCell('A1').isMerged).toBe(true);
    expect(summary.getCell('A2').value).toMatch(/^市司法局　\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(summary.getRow(3).values).toEqual([undefined, '发文机关', '坚持', '完善', '废止', '新建', '合计']);
    expect(summary.getRow(4).values).toEqual([undefined, '平凉市人民政府', 1, 1, 1, 0, 3]);
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
  });

  test('.csv: UTF-8 with a BOM, one line per row, formulas defused', async () => {
    const { app, round } = await setUp();
    const { response, bytes } = await download(app, `/api/checklist/rounds/${round.id}/export?format=csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('类别,序号,名称,文号,发文机关,成文日期,清理意见,依据,责任单位,完成时限,对应制度/机制');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toContain("'=平凉市物业管理办法");
    expect(lines[3]).not.toMatch(/,=HYPERLINK/);
  });
});

describe('checklist versions', () => {
  test('each generation is stored once; two versions compare as added, removed, moved and changed', async () => {
    const { app, leader, round, id, ground } = await setUp();
    const first = (await download(app, `/api/checklist/rounds/${round.id}/export?format=csv`)).response.headers.get('x-checklist-version');
    const again = (await download(app, `/api/checklist/rounds/${round.id}/export?format=xlsx`)).response.headers.get('x-checklist-version');
    expect(again).toBe(first);

    // The subsidy rules get approved; the archive rules are reopened and moved to improve.
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'approve', ids: [id('平凉市节能补助办法')] }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'reopen', ids: [id('平凉市档案管理办法')], comment: '需修订' }));
    await json(send(app, 'PATCH', `/api/review/dispositions/${id('平凉市档案管理办法')}`, { category: 'improve', groundId: ground('improve_outdated'), responsibleUnit: '市档案局', deadline: '2027-12-31' }));
    await json(send(app, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids: [id('平凉市档案管理办法')] }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'approve', ids: [id('平凉市档案管理办法')] }));
    await json(send(leader, 'POST', '/api/review/dispositions/decide', { action: 'reopen', ids: [id('平凉市城市管理办法')], comment: '再议' }));

    const second = (await download(app, `/api/checklist/rounds/${round.id}/export?format=docx`)).response.headers.get('x-checklist-version');
    expect(second).not.toBe(first);
    const { versions } = await json(app.request(`/api/checklist/rounds/${round.id}/versions`));
    expect(versions.map((v: { id: number }) => String(v.id))).toEqual([second, first]);
    expect(versions[0]).toMatchObject({ createdByName: expect.stringMatching(/^staff/), options: { includeUnapproved: false }, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const comparison = await json(app.request(`/api/checklist/compare?from=${first}&to=${second}`));
    expect(comparison.added.map((r: { title: string }) => r.title)).toEqual(['平凉市节能补助办法']);
    expect(comparison.removed.map((r: { title: string }) => r.title)).toEqual(['平凉市城市管理办法']);
    expect(comparison.moved).toEqual([expect.objectContaining({ from: 'keep', to: 'improve', row: expect.objectContaining({ title: '平凉市档案管理办法' }) })]);
  });

  test('who may read it: not a viewer', async () => {
    const { as, round } = await setUp();
    expect((await as('viewer').request(`/api/checklist/rounds/${round.id}`)).status).toBe(403);
    expect((await as('department').request(`/api/checklist/rounds/${round.id}/export?format=csv`)).status).toBe(200);
    expect((await as('leader').request(`/api/checklist/rounds/${round.id}/export?format=pdf`)).status).toBe(400);
  });
});
