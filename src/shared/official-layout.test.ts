import { describe, expect, test } from 'vitest';
import { chineseDate, countLines, fitColumnWidths, LIST_FONT_PT, paginateTables, textWidthEm, TEXT_WIDTH_PT } from './official-layout.js';

test.each([
  ['2018-12-29', '2018年12月29日'],
  ['2018-01-05', '2018年1月5日'],
  ['2018-03', '2018年3月'],
  ['2018', '2018年'],
  ['', ''],
  [null, ''],
  ['不详', '不详'],
])('the date %s is written %s', (iso, written) => {
  expect(chineseDate(iso)).toBe(written);
});

test.each([
  ['序号', 2], ['1083', 2], ['2018年12月29日', 7 + 5 * 0.25], ['平政发〔2018〕12号', 4 + 2 + 1 + 1 + 1 + 4 * 0.25], ['', 0],
])('%s sets %f em wide', (text, em) => {
  expect(textWidthEm(text)).toBeCloseTo(em);
});

test.each([
  { text: '平凉市城市管理办法', width: 9, lines: 1 },
  { text: '平凉市城市管理办法', width: 4.5, lines: 3 },
  // A closing mark stays with the character before it rather than open a line.
  { text: '继续有效。', width: 4, lines: 2 },
  { text: '继续有效。', width: 5, lines: 1 },
  // 〔2018〕12号 is never broken inside.
  { text: '平政发〔2018〕12号', width: 7, lines: 2 },
  { text: '', width: 3, lines: 1 },
])('"$text" in $width em takes $lines lines', ({ text, width, lines }) => {
  expect(countLines(text, width)).toBe(lines);
});

describe('column widths from content', () => {
  const columns = [{ label: '序号', nowrap: true }, { label: '名称', weight: 1.2 }, { label: '文号' }, { label: '成文日期', nowrap: true }, { label: '清理意见' }];
  const rows = Array.from({ length: 1200 }, (_, i) => [String(i + 1), '平凉市农村公路养护管理办法', `平政发〔2018〕${i % 150}号`, '2018年12月29日', '修改（部分内容不适应形势发展）。第五条与上位法不一致']);
  const widths = fitColumnWidths(columns, rows, { totalPt: TEXT_WIDTH_PT.landscape, fontPt: LIST_FONT_PT });
  const em = widths.map((w) => w / LIST_FONT_PT);

  test('fill the text block exactly', () => {
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_WIDTH_PT.landscape);
  });
  test('序号 fits four digits and a date never breaks, with the cell padding to spare', () => {
    expect(em[0]).toBeGreaterThan(textWidthEm('1200') + 0.5);
    expect(countLines('2018年12月29日', em[3]! - 1)).toBe(1);
  });
  test('titles get more room than their weightless neighbours, and no column is squeezed below three characters', () => {
    expect(em[1]).toBeGreaterThan(em[2]!);
    expect(Math.min(...em)).toBeGreaterThan(3);
    expect(countLines('〔2018〕149号', em[2]! - 1)).toBe(1);
  });
  test('a table that cannot fit is scaled down to the page rather than run off it', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `列${i}`, nowrap: true }));
    const scaled = fitColumnWidths(many, [many.map(() => '2018年12月29日')], { totalPt: 400 });
    expect(scaled.reduce((a, b) => a + b, 0)).toBeCloseTo(400);
  });
});

describe('page breaks of long tables', () => {
  const flow = (rows: number, height = 40) => ({ headingPt: 48, headerPt: 30, rowsPt: Array.from({ length: rows }, () => height) });

  test.each([
    // 400 pt pages: a heading and header take 78, then 8 rows of 40; later pages 30 + 9 rows.
    { name: 'one short table on one page', tables: [flow(3)], closingPt: 84, expected: [[0, 0, 3, true]] },
    { name: 'a long table breaks where the page is full', tables: [flow(26)], closingPt: 0, expected: [[0, 0, 8, true], [0, 8, 17, true], [0, 17, 26, true]] },
    { name: 'a last page under half full takes rows from the page before', tables: [flow(20)], closingPt: 0, expected: [[0, 0, 8, true], [0, 8, 15, true], [0, 15, 20, true]] },
    { name: 'a heading that would end a page goes to the next with its first row', tables: [flow(7), flow(4)], closingPt: 0, expected: [[1, 0, 4, true], [0, 0, 7, true]].reverse() },
    { name: 'the signature never stands alone: the last rows go with it', tables: [flow(8)], closingPt: 84, expected: [[0, 0, 6, true], [0, 6, 8, true]] },
    { name: 'one row and the signature on the last page: rows move from the page before', tables: [flow(18)], closingPt: 84, expected: [[0, 0, 8, true], [0, 8, 15, true], [0, 15, 18, true]] },
  ])('$name', ({ tables, closingPt, expected }) => {
    const pieces = paginateTables(tables, { pagePt: 400, closingPt, minLastFill: 0.5 });
    expect(pieces.map((p) => [p.table, p.start, p.end, p.newPage])).toEqual(expected);
  });
});
