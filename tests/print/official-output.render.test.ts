// The checklist, the briefing and the spreadsheet printed as a person would print them: each rendered to PDF by
// LibreOffice, then read back page by page (pdftotext -layout) and checked for what a reader would notice:
// numbers or dates broken over lines, a heading at the foot of a page, a last page with next to nothing on it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistToDocx, plannedTablePages } from '../../src/checklist/checklist.docx.js';
import { buildChecklist, type ChecklistRow } from '../../src/checklist/checklist.models.js';
import { checklistToXlsx } from '../../src/checklist/checklist.xlsx.js';
import { createTestApp, type TestClient } from '../../src/test-app.js';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = ['soffice', 'pdftotext'].filter((command) => !has(command));
const skipReason = missing.length > 0
  ? `${missing.join(', ')} not found (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk poppler-utils); rendering tests skipped`
  : null;
if (skipReason) console.warn(skipReason);

const ISSUERS = ['中共平凉市委员会', '平凉市人民政府', '平凉市人民政府办公室', '平凉市财政局', '平凉市住房和城乡建设局', '平凉市发展和改革委员会', '平凉市教育局', null];
const SUBJECTS = ['城市管理', '档案管理', '物业服务', '节能补助资金', '公园绿地', '农村公路养护', '政府投资项目', '行政事业单位国有资产', '重大行政决策程序', '招商引资优惠政策', '住房公积金', '城乡居民最低生活保障'];
const OPINIONS = [
  '继续有效（符合上位法规定，适应当前工作需要）',
  '修改（部分内容不适应形势发展）。第五条与新修订的上位法不一致，需调整审批程序和时限',
  '废止（调整对象已消失）',
  '宣布失效（有效期已届满）。该办法规定的补助政策已于2020年底执行完毕',
];
const CATEGORIES = ['keep', 'improve', 'abolish', 'create'] as const;

/** 1,083 rows as a county's clean-up produces them: mixed lengths, issuers, dated and undated, with and without 依据. */
function checklistRows(): ChecklistRow[] {
  return Array.from({ length: 1083 }, (_, i) => {
    const category = CATEGORIES[i % 9 === 0 ? 3 : i % 5 === 0 ? 1 : i % 4 === 0 ? 2 : 0];
    const issuer = category === 'create' ? null : ISSUERS[i % ISSUERS.length]!;
    const year = 1998 + (i % 27);
    const work = category === 'improve' || category === 'create';
    return {
      key: `row-${i}`, category,
      title: `平凉市${SUBJECTS[i % SUBJECTS.length]}${['管理办法', '实施细则（试行）', '暂行规定', '若干措施'][i % 4]}`,
      docNumber: issuer ? `平政${['发', '办发', '规'][i % 3]}〔${year}〕${(i * 7) % 160 + 1}号` : null,
      issuer,
      issuedOn: issuer && i % 13 !== 0 ? `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` : null,
      opinion: category === 'create' ? '新建（填补制度空白）。建立重大行政决策专家论证程序' : OPINIONS[i % OPINIONS.length]!,
      basis: i % 3 === 0 ? '' : i % 3 === 1 ? '《中华人民共和国行政许可法》' : '《平凉市人民政府关于印发〈平凉市城市管理条例实施办法〉的通知》（平政发〔2019〕12号）',
      responsibleUnit: work ? ['市司法局', '市住房和城乡建设局', '市财政局'][i % 3]! : null,
      deadline: work ? `2027-${String((i % 12) + 1).padStart(2, '0')}-30`.replace('-02-30', '-02-28') : null,
      items: i % 5 === 0 ? '督查落实制度、目标责任管理制度' : '',
      approved: true,
    };
  });
}

const send = (app: TestClient, method: string, url: string, body?: unknown) =>
  app.request(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

/** A briefing issued through the app: fourteen items, several with long reports, most without news. */
async function issuedBriefing(): Promise<Buffer> {
  const { app, addUnits } = createTestApp();
  addUnits('市委办公室', '市财政局');
  const { items } = await (await app.request('/api/tracking/items')).json();
  await send(app, 'PUT', '/api/tracking/office-settings', { office: '平凉市制度清理工作领导小组办公室', reportTo: '市委、市政府领导，市人大常委会、市政协办公室', copyTo: '各县（区）委、政府，市直各部门' });
  for (const [index, item] of (items as { id: number }[]).entries()) {
    await send(app, 'PATCH', `/api/tracking/items/${item.id}`, { responsibleUnit: ['市委办公室', '市司法局', '市财政局'][index % 3], lead: '张明', deadline: `2026-${String((index % 9) + 3).padStart(2, '0')}-30` });
    if (index % 3 !== 0) continue;
    for (let report = 0; report < 2; report++) {
      await send(app, 'POST', `/api/tracking/items/${item.id}/reports`, {
        text: `召开专题会议研究${report === 0 ? '起草工作方案，明确了责任分工和时间节点，形成初稿后分送各县（区）和市直有关部门征求意见，共收到意见建议二十三条，已采纳十五条' : '修改稿，逐条说明意见采纳情况，拟提请市政府常务会议审定'}。`,
        reportedOn: `2026-1${report}-1${index % 9}`, advance: report === 0,
      });
    }
  }
  const { briefing } = await (await app.request('/api/tracking/briefings', { method: 'POST' })).json();
  return Buffer.from(await (await app.request(`/api/tracking/briefings/${briefing.id}/file`)).arrayBuffer());
}

/** The pages of a PDF as pdftotext lays them out, without the trailing empty page after the last form feed. */
function pagesOf(pdf: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return pages.at(-1)!.trim() === '' ? pages.slice(0, -1) : pages;
}
const linesOf = (page: string) => page.split('\n').filter((line) => line.trim() !== '');
const PAGE_NUMBER = /^\s*—\s*(\d+)\s*—\s*$/;
/** The lines of a page without its page number. */
const bodyLines = (page: string) => linesOf(page).filter((line) => !PAGE_NUMBER.test(line));
const DATE = /\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日/g;

describe.skipIf(skipReason)('printed through LibreOffice, read back page by page', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-render-'));
  const checklist = buildChecklist({
    roundName: '2026年度规范性文件清理', office: '平凉市司法局', rows: checklistRows(), leftOut: 0,
    options: { includeUnapproved: false }, generatedAt: new Date('2026-11-29T02:00:00Z'),
  });
  let checklistPages: string[] = [];
  let briefingPages: string[] = [];
  let sheetPages: string[] = [];

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'checklist.docx'), await checklistToDocx(checklist));
    fs.writeFileSync(path.join(dir, 'briefing.docx'), await issuedBriefing());
    fs.writeFileSync(path.join(dir, 'sheets.xlsx'), await checklistToXlsx(checklist));
    // One LibreOffice start for the three files.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
      path.join(dir, 'checklist.docx'), path.join(dir, 'briefing.docx'), path.join(dir, 'sheets.xlsx')], { stdio: 'ignore', timeout: 1_200_000 });
    checklistPages = pagesOf(path.join(dir, 'checklist.pdf'));
    briefingPages = pagesOf(path.join(dir, 'briefing.pdf'));
    sheetPages = pagesOf(path.join(dir, 'sheets.pdf'));
  }, 1_260_000);
  // ZHIDU_KEEP_RENDERS=1 keeps the files and PDFs to look at.
  afterAll(() => (process.env.ZHIDU_KEEP_RENDERS ? console.warn(`renders kept in ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })));

  describe('the checklist of 1,083 rows', () => {
    const firstTablePage = () => checklistPages.findIndex((page) => page.includes('一、坚持（继续有效）的制度'));

    test('a cover with the round, office and date and no page number; then pages numbered — 1 — on', () => {
      const cover = checklistPages[0]!;
      expect(cover).toContain('2026 年度规范性文件清理制度清单');
      expect(cover).toContain('平凉市司法局');
      expect(cover).toMatch(/2026 年 11 月 29 日/);
      expect(cover).not.toMatch(PAGE_NUMBER);
      const numbers = checklistPages.slice(1).map((page) => Number(linesOf(page).find((line) => PAGE_NUMBER.test(line))?.match(PAGE_NUMBER)?.[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });

    test('the pages break where they were planned: no row pushed over onto a page of its own', () => {
      expect(checklistPages.length - firstTablePage()).toBe(plannedTablePages(checklist));
      expect(checklistPages.length).toBeGreaterThan(100);
    });

    test('every 序号 stays whole: the numbers down the first column run 1, 2, 3 … in each section, never a lone digit of a wrapped number', () => {
      const numbers = checklistPages.slice(firstTablePage()).flatMap((page) => linesOf(page)
        .map((line) => /^\s{0,3}(\d{1,4})(?:\s|$)(?! ?年)/.exec(line)?.[1]).filter((n): n is string => n !== undefined).map(Number));
      const expected = checklist.sections.flatMap((section) => section.rows.map((_, i) => i + 1));
      expect(numbers).toEqual(expected);
      expect(Math.max(...expected)).toBeGreaterThanOrEqual(100);
    });

    test('dates are written 2018年12月29日 and never broken over two lines', () => {
      const text = checklistPages.slice(firstTablePage()).join('\n');
      const dated = checklist.sections.flatMap((section) => section.rows).reduce((n, row) => n + (row.issuedOn ? 1 : 0) + (row.deadline ? 1 : 0), 0);
      // Every date whole on one line, plus the signature's.
      expect(text.match(DATE)).toHaveLength(dated + 1);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    });

    test('the header row opens every table page; no heading ends a page', () => {
      for (const page of checklistPages.slice(firstTablePage())) {
        expect(page).toMatch(/序号\s+名称\s+文号/);
        expect(bodyLines(page).at(-1)).not.toMatch(/^\s*[一二三四]、/);
      }
    });

    test('the last page carries rows and the signature, not the signature alone', () => {
      const last = checklistPages.at(-1)!;
      expect(last).toContain('平凉市司法局');
      const rows = linesOf(last).filter((line) => /^\s{0,3}\d{1,4}(\s|$)/.test(line));
      expect(rows.length).toBeGreaterThanOrEqual(2);
      const full = Math.max(...checklistPages.map((page) => bodyLines(page).length));
      expect(bodyLines(last).length).toBeGreaterThan(full * 0.4);
    });
  });

  describe('the briefing', () => {
    test('the masthead with 第1期, office and date, Chinese dates throughout, the closing notes at the end', () => {
      expect(briefingPages[0]).toMatch(/完善制度、创新机制工作简报\s+第 ?1 ?期/);
      expect(briefingPages[0]).toContain('平凉市制度清理工作领导小组办公室');
      const text = briefingPages.join('\n');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toMatch(/以下 ?9 ?项本期无新进展/);
      expect(briefingPages.at(-1)).toMatch(/报送：市委、市政府领导/);
      expect(briefingPages.at(-1)).toMatch(/印发/);
    });

    test('no heading at the foot of a page, and the last page is not one line', () => {
      for (const page of briefingPages) expect(bodyLines(page).at(-1)).not.toMatch(/^\s*[一二三四五六七八九十]+、/);
      // The closing notes come with text before them.
      expect(bodyLines(briefingPages.at(-1)!).length).toBeGreaterThanOrEqual(5);
      for (const page of briefingPages) expect(page.match(DATE)?.length ?? 0).toBe((page.match(/\d{4} ?年/g) ?? []).length);
    });
  });

  describe('the spreadsheet', () => {
    test('the summary sheet prints with its title; every sheet fits the page width with its header on every page; dates as dates', () => {
      expect(sheetPages[0]).toContain('2026年度规范性文件清理制度清单');
      expect(sheetPages[0]).toMatch(/发文机关\s+坚持\s+完善\s+废止\s+新建\s+合计/);
      const tablePages = sheetPages.slice(1);
      expect(tablePages.length).toBeGreaterThan(5);
      // Fitted to the width: the first and the last column on every page, under a repeated header.
      for (const page of tablePages) {
        expect(page).toMatch(/序号/);
        expect(page).toMatch(/对应制度\/机制/);
      }
      expect(tablePages.join('\n')).toMatch(/2027年6月30日/);
      expect(tablePages.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    });
  });
});
