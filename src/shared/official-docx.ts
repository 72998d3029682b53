import {
  AlignmentType, BorderStyle, Footer, Header, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun,
  VerticalAlign, WidthType, type IParagraphOptions, type ISectionOptions,
} from 'docx';

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

export function run(value: string, options: { font?: keyof typeof FONTS; size?: number } = {}) {
  return new TextRun({ text: value, font: FONTS[options.font ?? 'body'], size: options.size ?? SIZE.body });
}

function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({ spacing: { line: 560, lineRule: 'exact' }, ...options, children });
}

export const title = (value: string) =>
  paragraph([run(value, { font: 'title', size: SIZE.title })], { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 560, line: 700, lineRule: 'exact' } });

/** Body text, indented two characters. */
export const body = (value: string) => paragraph([run(value)], { indent: { firstLine: FIRST_LINE_INDENT } });

/** A first-level heading (一、……) in 黑体; `newPage` starts it on a new page. */
export const heading = (value: string, { newPage = false } = {}) =>
  paragraph([run(value, { font: 'heading' })], { pageBreakBefore: newPage, spacing: { before: 280, after: 120, line: 560, lineRule: 'exact' } });

function cell(value: string, { header, width }: { header: boolean; width: number }) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [run(value, { font: header ? 'heading' : 'body', size: SIZE.table })],
    })],
  });
}

/** A ruled table whose header row repeats at the top of every page it runs onto. */
export function table(columns: { label: string; width: number }[], rows: string[][]) {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * 100));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.label, { header: true, width: widths[i]! })) }),
      ...rows.map((values) => new TableRow({ children: values.map((value, i) => cell(value, { header: false, width: widths[i]! })) })),
    ],
  });
}

/**
 * A section of an official document: A4 portrait, or landscape for wide tables, with the page numbers and,
 * for a draft, 征求意见稿 at the top of every page.
 */
export function officialSection(children: ISectionOptions['children'], { landscape = false, draft = false } = {}): ISectionOptions {
  return {
    properties: { page: { size: landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4, margin: MARGINS } },
    headers: draft ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('征求意见稿', { font: 'heading' })] })] }) } : undefined,
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZE.pageNumber })],
        })],
      }),
    },
    children,
  };
}
