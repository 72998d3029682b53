import {
  AlignmentType, BorderStyle, Footer, Header, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  Tab, TabStopType, TextRun, VerticalAlign, WidthType, type IParagraphOptions, type ISectionOptions,
} from 'docx';
import { CELL_PADDING_PT, CELL_PADDING_Y_PT, TABLE_FONT_PT, tableLinePt, TEXT_WIDTH_PT, textWidthEm } from './official-layout.js';

// The layout of GB/T 9704-2012 (党政机关公文格式), shared by every document the app writes: A4, 天头 37 mm,
// 订口 28 mm; title in 小标宋 size 2 (22 pt), body in 仿宋 size 3 (16 pt) on 28-point lines (22 lines a page),
// first-level headings in 黑体, page numbers "— 1 —" in 宋体 size 4 (14 pt). Wide tables are set landscape
// (表格横排), as the standard allows, with their text in 仿宋 12 pt.
const MM = 1440 / 25.4;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGINS = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const FONTS = {
  title: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  body: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  heading: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  pageNumber: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' },
};
const SIZE = { title: 44, body: 32, table: 24, pageNumber: 28 };
const FIRST_LINE_INDENT = 640; // two characters of size 3
const RED = 'C00000';

export function run(value: string, options: { font?: keyof typeof FONTS; size?: number; bold?: boolean; color?: string } = {}) {
  return new TextRun({ text: value, font: FONTS[options.font ?? 'body'], size: options.size ?? SIZE.body, bold: options.bold, color: options.color });
}

function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({ spacing: { line: 560, lineRule: 'exact' }, widowControl: true, ...options, children });
}

export const title = (value: string) =>
  paragraph([run(value, { font: 'title', size: SIZE.title })], { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 560, after: 560, line: 700, lineRule: 'exact' } });

/** Body text, indented two characters; `keepNext` holds it on the page of what follows. */
export const body = (value: string, { keepNext = false } = {}) => paragraph([run(value)], { indent: { firstLine: FIRST_LINE_INDENT }, keepNext, keepLines: keepNext });

/** Body text with a lead-in in 黑体 (一、……), as briefings run their items on. */
export const leadBody = (lead: string, value: string, { keepNext = false } = {}) =>
  paragraph([run(lead, { font: 'heading' }), run(value)], { indent: { firstLine: FIRST_LINE_INDENT }, keepNext });

/**
 * A first-level heading (一、……) in 黑体, kept on the page of the text that follows it (and kept whole);
 * `newPage` starts it on a new page.
 */
export const heading = (value: string, { newPage = false } = {}) =>
  paragraph([run(value, { font: 'heading' })], { pageBreakBefore: newPage, keepNext: true, keepLines: true, spacing: { before: 280, after: 120, line: 560, lineRule: 'exact' } });

/** The height of a heading and of a signature, in points, for the page breaks worked out in advance. */
export const HEADING_PT = (280 + 120 + 560) / 20;
export const SIGNATURE_PT = (560 + 560 + 560) / 20;

/** Starts a new page with (almost) nothing: a 1-point paragraph, so no blank line is left at the top or bottom. */
export const pageBreak = () => new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: 'exact', before: 0, after: 0 }, children: [new TextRun({ text: '', size: 2 })] });

/** The signature (落款): the issuing office and the date, right-aligned four characters in from the margin. */
export function signature(office: string, date: string) {
  const options = { alignment: AlignmentType.RIGHT, indent: { right: 4 * (FIRST_LINE_INDENT / 2) }, keepNext: true, keepLines: true };
  return [
    paragraph([run(office)], { ...options, spacing: { before: 560, line: 560, lineRule: 'exact' } }),
    paragraph([run(date)], { ...options, keepNext: false }),
  ];
}

/** A cover page: the title, then the round and office and date set low on the page. */
export function coverPage({ heading: coverTitle, subtitle, office, date, draft }: { heading: string; subtitle?: string; office: string; date: string; draft: boolean }) {
  return [
    paragraph([], { spacing: { before: 2400, line: 560, lineRule: 'exact' } }),
    paragraph([run(coverTitle, { font: 'title', size: 52 })], { alignment: AlignmentType.CENTER, spacing: { line: 900, lineRule: 'exact' } }),
    ...(draft ? [paragraph([run('（征求意见稿）', { font: 'heading' })], { alignment: AlignmentType.CENTER })] : []),
    ...(subtitle ? [paragraph([run(subtitle, { font: 'body' })], { alignment: AlignmentType.CENTER, spacing: { before: 280, line: 560, lineRule: 'exact' } })] : []),
    paragraph([], { spacing: { before: 4000, line: 560, lineRule: 'exact' } }),
    paragraph([run(office)], { alignment: AlignmentType.CENTER }),
    paragraph([run(date)], { alignment: AlignmentType.CENTER }),
  ];
}

/**
 * The masthead (报头) of a 简报: its name in large red 小标宋, the issue number, then the compiling office on the
 * left and the date on the right above a red rule.
 */
export function masthead({ name, issue, office, date }: { name: string; issue: string; office: string; date: string }) {
  return [
    // As large as 36 pt, as long as the name stays on one line.
    paragraph([run(name, { font: 'title', size: Math.min(72, Math.floor((2 * TEXT_WIDTH_PT.portrait * 0.95) / textWidthEm(name))), color: RED })], { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120, line: 1200, lineRule: 'exact' } }),
    paragraph([run(issue)], { alignment: AlignmentType.CENTER, spacing: { after: 240, line: 560, lineRule: 'exact' } }),
    paragraph([run(office), new TextRun({ children: [new Tab()] }), run(date)], {
      tabStops: [{ type: TabStopType.RIGHT, position: Math.round(TEXT_WIDTH_PT.portrait * 20) }],
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: RED, space: 6 } },
      spacing: { after: 360, line: 560, lineRule: 'exact' },
    }),
  ];
}

/**
 * The masthead of a 文件-style document (发文机关标志): the issuer's name followed by 文件 in large red 小标宋,
 * the document number (发文字号) centred below it, then the red separator line.
 */
export function documentMasthead({ issuer, docNumber }: { issuer: string; docNumber: string }) {
  const name = `${issuer}文件`;
  return [
    paragraph([run(name, { font: 'title', size: Math.min(72, Math.floor((2 * TEXT_WIDTH_PT.portrait * 0.95) / textWidthEm(name))), color: RED })], { alignment: AlignmentType.CENTER, spacing: { before: 720, after: 0, line: 1200, lineRule: 'exact' } }),
    paragraph([run(docNumber)], {
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: RED, space: 12 } },
      spacing: { before: 560, after: 560, line: 560, lineRule: 'exact' },
    }),
  ];
}

/** 主送机关: flush left, above the body. */
export const addressee = (value: string) => paragraph([run(value)], { keepNext: true });

/**
 * The attachments note (附件说明) after the body: "附件：1．……" indented two characters, each further title
 * aligned under the first.
 */
export function attachmentsNote(titles: string[]) {
  const lead = '附件：';
  return titles.map((value, i) => paragraph([run(i === 0 ? `${lead}${i + 1}．${value}` : `${i + 1}．${value}`)], {
    indent: i === 0 ? { firstLine: FIRST_LINE_INDENT } : { left: FIRST_LINE_INDENT + (FIRST_LINE_INDENT / 2) * lead.length },
    keepNext: i < titles.length - 1,
    spacing: { before: i === 0 ? 560 : 0, line: 560, lineRule: 'exact' },
  }));
}

/** The label of an attachment (附件1) in 黑体, flush left at the top of its first page. */
export const attachmentLabel = (value: string) => paragraph([run(value, { font: 'heading' })], { pageBreakBefore: true, keepNext: true });

/**
 * The closing notes (版记): who it is sent to (报送) and copied to (抄送), then the office and date of issue
 * (印发), between black rules, kept together with the paragraph before them so the last page never holds them
 * alone.
 */
export function closingNotes(lines: string[], { office, date }: { office: string; date: string }) {
  const rule = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  const all: TextRun[][] = [...lines.map((line) => [run(line, { size: 28 })]), [run(office, { size: 28 }), new TextRun({ children: [new Tab()] }), run(date, { size: 28 })]];
  return all.map((children, i) => paragraph(children, {
    keepNext: i < all.length - 1, keepLines: true,
    indent: { left: 280, right: 280 },
    tabStops: [{ type: TabStopType.RIGHT, position: Math.round(TEXT_WIDTH_PT.portrait * 20) - 280 }],
    border: { ...(i === 0 ? { top: rule } : {}), ...(i === all.length - 1 ? { bottom: rule } : {}) },
    spacing: { before: i === 0 ? 560 : 0, line: 480, lineRule: 'exact' },
  }));
}

function cell(value: string, { header, widthTwips, size }: { header: boolean; widthTwips: number; size: number }) {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { line: Math.round(tableLinePt(size / 2) * 20), lineRule: 'exact', before: 0, after: 0 },
      children: [run(value, { font: header ? 'heading' : 'body', size })],
    })],
  });
}

/**
 * A ruled table of fixed column widths (points) whose header row repeats at the top of every page it runs
 * onto; no row is split across two pages.
 */
export function table(columns: { label: string }[], rows: string[][], widthsPt: number[], { fontPt = TABLE_FONT_PT } = {}) {
  const widths = widthsPt.map((w) => Math.floor(w * 20));
  const size = Math.round(fontPt * 2);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_PADDING_PT * 20, right: CELL_PADDING_PT * 20, top: CELL_PADDING_Y_PT * 20, bottom: CELL_PADDING_Y_PT * 20 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.label, { header: true, widthTwips: widths[i]!, size })) }),
      ...rows.map((values) => new TableRow({
        cantSplit: true,
        children: values.map((value, i) => cell(value, { header: false, widthTwips: widths[i]!, size })),
      })),
    ],
  });
}

/**
 * A section of an official document: A4 portrait, or landscape for wide tables, with the page numbers and,
 * for a draft, its mark at the top of every page. A cover has no page number; the section after it
 * (`restartNumbering`) counts from 1.
 */
export function officialSection(children: ISectionOptions['children'], { landscape = false, draft = false, draftMark = '征求意见稿', pageNumbers = true, restartNumbering = false } = {}): ISectionOptions {
  return {
    properties: {
      page: {
        size: landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4, margin: MARGINS,
        ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: draft ? [run(draftMark, { font: 'heading' })] : [] })] }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: pageNumbers ? [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZE.pageNumber })] : [],
        })],
      }),
    },
    children,
  };
}
