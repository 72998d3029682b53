// The arithmetic of an official document's page (GB/T 9704-2012), apart from any file format: the text block,
// how wide a text sets, how many lines it takes in a cell, column widths from content, and where the pages of a
// long table break. The .docx writer sets every table line at an exact height, so these estimates hold in Word
// and LibreOffice alike, whatever fonts stand in for 仿宋 and 黑体.
const PT_PER_MM = 72 / 25.4;

/** The text block in points: A4 less the margins 37 / 35 / 28 / 26 mm, portrait or landscape. */
export const TEXT_WIDTH_PT = { portrait: (210 - 28 - 26) * PT_PER_MM, landscape: (297 - 28 - 26) * PT_PER_MM };
export const TEXT_HEIGHT_PT = { portrait: (297 - 37 - 35) * PT_PER_MM, landscape: (210 - 37 - 35) * PT_PER_MM };
/** Table text in 小四 (12 pt); a long landscape list in 五号 (10.5 pt). */
export const TABLE_FONT_PT = 12;
export const LIST_FONT_PT = 10.5;
/** The room a cell keeps left and right of its text, and above and below it. */
export const CELL_PADDING_PT = 4;
export const CELL_PADDING_Y_PT = 2;
/** Table lines are set at an exact height: 4/3 of the type size. */
export const tableLinePt = (fontPt: number) => Math.round(fontPt * (4 / 3) * 2) / 2;

/** Who issues the checklist and the briefing when no office is set and the user has no unit. */
export const DEFAULT_OFFICE = '制度清理工作办公室';

/** A date as offices write it: 2018-12-29 → 2018年12月29日 (2018-12 → 2018年12月); anything else unchanged. */
export function chineseDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

const isWide = (char: string) => char.codePointAt(0)! >= 0x0300;

/**
 * How wide a text sets, in em: Chinese characters and full-width forms take one, Latin letters and digits
 * half, and each change between the two a quarter more (the space Word and LibreOffice put between
 * Chinese and Western text).
 */
export function textWidthEm(value: string): number {
  let width = 0;
  let previousWide: boolean | null = null;
  for (const char of value) {
    const wide = isWide(char);
    width += wide ? 1 : 0.5;
    if (previousWide !== null && wide !== previousWide && char !== ' ') width += 0.25;
    previousWide = wide;
  }
  return width;
}

/** What a line never breaks inside: a run of Latin letters and digits with the brackets and 号 around it. */
const UNBREAKABLE = /[〔［[(（]?[0-9A-Za-z.\-/]+(?:[〕］\])）][0-9A-Za-z.\-/]*)?号?/g;
const CLOSING = new Set('，。、；：？！）》〕」』”’】…—'.split(''));
const OPENING = new Set('（《〔「『“‘【'.split(''));

/** The pieces a line may break between: single Chinese characters, Latin words, punctuation held to its word. */
function breakUnits(value: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const piece of value.match(/[\x21-\x7e]+|\s+|[^\x21-\x7e\s]/g) ?? []) {
    if (/^\s+$/.test(piece)) { units.push(piece); continue; }
    if (OPENING.has(piece)) { pendingOpen += piece; continue; }
    if (CLOSING.has(piece) && units.length > 0 && !pendingOpen) { units[units.length - 1] += piece; continue; }
    units.push(pendingOpen + piece);
    pendingOpen = '';
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/** How many lines a text takes in a column `widthEm` wide, broken as Word breaks Chinese (kinsoku rules). */
export function countLines(value: string, widthEm: number): number {
  if (!value) return 1;
  let lines = 1;
  let used = 0;
  for (const paragraph of value.split('\n')) {
    if (used > 0 || lines > 1) { lines++; used = 0; }
    for (const unit of breakUnits(paragraph)) {
      const width = textWidthEm(unit) + (used > 0 && isWide(unit[0]!) !== true ? 0.25 : 0);
      if (used + width <= widthEm + 1e-9) { used += width; continue; }
      if (used > 0) { lines++; used = 0; }
      const unitWidth = textWidthEm(unit);
      if (unitWidth > widthEm) { lines += Math.ceil(unitWidth / widthEm) - 1; used = unitWidth - (Math.ceil(unitWidth / widthEm) - 1) * widthEm; } else used = unitWidth;
    }
  }
  return lines;
}

export type FittedColumn = {
  label: string;
  /** Set on one line: a number or a date, which a reader must never see broken. */
  nowrap?: boolean;
  /** How much more room than its text asks for the column deserves (a title over a remark). */
  weight?: number;
};

/**
 * Column widths, in points, from what the columns hold. A column that must not wrap (序号, dates) gets exactly
 * its longest text. The others share the rest so that their typical text (the 80th percentile of lengths,
 * times the column's weight) takes the same number of lines in every column: that keeps the rows low. No
 * column is narrower than three characters, nor than what most of its cells hold unbroken (〔2018〕12号).
 */
export function fitColumnWidths(columns: FittedColumn[], rows: string[][], { totalPt, fontPt = TABLE_FONT_PT, paddingPt = CELL_PADDING_PT }: {
  totalPt: number; fontPt?: number; paddingPt?: number;
}): number[] {
  const slackEm = (2 * paddingPt) / fontPt + 0.5;
  const fixedEm = columns.map((column, i) => column.nowrap
    ? Math.max(...rows.map((row) => textWidthEm(row[i] ?? '')), Math.min(textWidthEm(column.label), 4)) + slackEm
    : 0);
  const minimumEm = columns.map((column, i) => {
    const longest = rows.map((row) => Math.max(0, ...((row[i] ?? '').match(UNBREAKABLE) ?? []).map(textWidthEm))).sort((a, b) => a - b);
    const label = textWidthEm(column.label);
    // A short label (发文机关) on one line, a long one (对应制度/机制) on two.
    return Math.max(3, label <= 4 ? label : label / 2, longest[Math.floor(longest.length * 0.95)] ?? 0) + slackEm;
  });
  const typicalEm = columns.map((column, i) => {
    if (column.nowrap) return 0;
    const lengths = rows.map((row) => textWidthEm(row[i] ?? '')).sort((a, b) => a - b);
    const typical = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
    return Math.max(typical, textWidthEm(column.label) / 2, 2) * (column.weight ?? 1);
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const availableEm = totalPt / fontPt - sum(fixedEm);
  const widthsFor = (lines: number) => typicalEm.map((typical, i) => (columns[i]!.nowrap ? 0 : Math.max(minimumEm[i]!, typical / lines + slackEm)));
  if (sum(widthsFor(Infinity)) > availableEm) {
    // Not even the minimum fits: scale everything down rather than run off the page.
    const natural = columns.map((c, i) => (c.nowrap ? fixedEm[i]! : minimumEm[i]!));
    return natural.map((w) => (w * totalPt) / sum(natural));
  }
  // The fewest lines (as a real number) at which the typical texts fit: widths shrink as lines grow.
  let low = 1;
  let high = 1;
  while (sum(widthsFor(high)) > availableEm) high *= 2;
  if (high > 1) {
    for (let step = 0; step < 40; step++) {
      const middle = (low + high) / 2;
      if (sum(widthsFor(middle)) > availableEm) low = middle;
      else high = middle;
    }
  }
  const flexible = widthsFor(high);
  const spare = availableEm - sum(flexible);
  const totalTypical = sum(typicalEm) || 1;
  return columns.map((c, i) => (c.nowrap ? fixedEm[i]! : flexible[i]! + (spare * typicalEm[i]!) / totalTypical) * fontPt);
}

/** The height of a table row in points: its tallest cell's lines at the exact line height, plus padding and rule. */
export function rowHeightPt(cells: string[], widthsPt: number[], fontPt: number): number {
  const lines = Math.max(...cells.map((value, i) => countLines(value, (widthsPt[i]! - 2 * CELL_PADDING_PT) / fontPt - 0.3)));
  return lines * tableLinePt(fontPt) + 2 * CELL_PADDING_Y_PT + 1;
}

export type TableFlow = { headingPt: number; headerPt: number; rowsPt: number[] };
/** A run of a table's rows set on one page; `newPage` when it starts a page. */
export type TablePiece = { table: number; start: number; end: number; newPage: boolean };

/**
 * Where the pages of a run of tables break, each table under its heading, with a closing block (the
 * signature) after the last. A heading never ends a page: it goes with its table's header and first row.
 * Every piece carries the table's header row. The closing block never stands alone on the last page, and
 * the last page is never nearly empty (less than `minLastFill` of a page): rows move to it from the page
 * before, which ends a little early instead.
 */
export function paginateTables(tables: TableFlow[], { pagePt, closingPt = 0, minLastFill = 0.5 }: { pagePt: number; closingPt?: number; minLastFill?: number }): TablePiece[] {
  const pieces: (TablePiece & { usedPt: number; startPt: number })[] = [];
  let used = 0;
  tables.forEach((flow, table) => {
    const opening = flow.headingPt + flow.headerPt + (flow.rowsPt[0] ?? 0);
    let newPage = pieces.length === 0;
    if (used > 0 && used + opening > pagePt) { used = 0; newPage = true; }
    used += flow.headingPt;
    let piece = { table, start: 0, end: 0, newPage, startPt: used, usedPt: 0 };
    used += flow.headerPt;
    flow.rowsPt.forEach((height, row) => {
      if (used + height > pagePt && row > piece.start) {
        piece.end = row;
        piece.usedPt = used;
        pieces.push(piece);
        piece = { table, start: row, end: row, newPage: true, startPt: 0, usedPt: 0 };
        used = flow.headerPt;
      }
      used += height;
    });
    piece.end = flow.rowsPt.length;
    piece.usedPt = used;
    pieces.push(piece);
  });
  const last = pieces.at(-1);
  if (!last) return [];
  const flow = tables[last.table]!;
  const rows = flow.rowsPt;
  if (last.usedPt + closingPt > pagePt) {
    // The closing block would stand alone on a page of its own: the last rows go with it.
    const tail = { table: last.table, start: last.end, end: last.end, newPage: true, startPt: 0, usedPt: 0 };
    let tailUsed = flow.headerPt + closingPt;
    while (last.end - last.start > 1 && (tail.start === tail.end || tailUsed + rows[tail.start - 1]! <= pagePt * Math.max(minLastFill, 0.5))) {
      last.end--;
      tail.start--;
      tailUsed += rows[tail.start]!;
    }
    pieces.push(tail);
    return pieces.map(strip);
  }
  const before = pieces.at(-2);
  if (!before || before.table !== last.table || !last.newPage) return pieces.map(strip);
  // Rows move from the page before to the last page until the last page is not nearly empty.
  let lastUsed = last.usedPt + closingPt;
  while (lastUsed < pagePt * minLastFill && before.end - before.start > 1 && lastUsed + rows[before.end - 1]! <= pagePt) {
    before.end--;
    last.start--;
    lastUsed += rows[last.start]!;
  }
  return pieces.map(strip);
}

function strip({ table, start, end, newPage }: TablePiece): TablePiece {
  return { table, start, end, newPage };
}
