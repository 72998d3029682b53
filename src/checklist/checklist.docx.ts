import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType, type IParagraphOptions,
} from 'docx';
import { columnsOf, type Checklist } from './checklist.models.js';
import { CATEGORY_LABELS } from '../review/review.models.js';

// GB/T 9704-2012 (党政机关公文格式): A4, 天头 37 mm, 订口 28 mm, text area 156 × 225 mm; title in 小标宋
// size 2 (22 pt), body in 仿宋 size 3 (16 pt), first-level headings in 黑体, page numbers "— 1 —" in
// 宋体 size 4 (14 pt). Wide tables are set landscape (表格横排), as the standard allows.
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

function text(value: string, options: { font?: keyof typeof FONTS; size?: number; bold?: boolean } = {}) {
  return new TextRun({ text: value, font: FONTS[options.font ?? 'body'], size: options.size ?? SIZE.body, bold: options.bold });
}

function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}) {
  // 28-point exact line spacing is the standard's 22 lines per page for size-3 text.
  return new Paragraph({ spacing: { line: 560, lineRule: 'exact' }, ...options, children });
}

function cell(value: string, { header = false, width }: { header?: boolean; width: number }) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [text(value, { font: header ? 'heading' : 'body', size: SIZE.table })],
    })],
  });
}

function sectionTable(section: Checklist['sections'][number]) {
  const columns = columnsOf(section.category);
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * 100));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.label, { header: true, width: widths[i]! })) }),
      ...section.rows.map((row, index) => new TableRow({
        children: columns.map((c, i) => cell(c.key === 'no' ? String(index + 1) : String(row[c.key] ?? ''), { width: widths[i]! })),
      })),
    ],
  });
}

const pageFooter = () => new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZE.pageNumber })],
  })],
});

const draftHeader = () => new Header({
  children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text('征求意见稿', { font: 'heading', size: SIZE.body })] })],
});

/** The checklist as a Word document laid out after GB/T 9704-2012. */
export async function checklistToDocx(checklist: Checklist): Promise<Buffer> {
  const headers = checklist.draft ? { default: draftHeader() } : undefined;
  const { byCategory, byIssuer, leftOut } = checklist.summary;
  const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
  const cover = [
    paragraph([text(`${checklist.roundName}制度清单${checklist.draft ? '（征求意见稿）' : ''}`, { font: 'title', size: SIZE.title })], { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 560, line: 700, lineRule: 'exact' } }),
    paragraph([text(`本次清理共列入清单 ${total} 项，其中坚持（继续有效）${byCategory.keep} 项，完善（修改）${byCategory.improve} 项，废止（宣布失效）${byCategory.abolish} 项，新建 ${byCategory.create} 项。`)], { indent: { firstLine: 640 } }),
    ...(leftOut > 0 ? [paragraph([text(checklist.draft ? `另有 ${leftOut} 项尚未定类，未列入。` : `另有 ${leftOut} 项尚未定类或尚未批准，未列入。`)], { indent: { firstLine: 640 } })] : []),
    paragraph([text('按发文机关统计：', { font: 'heading' })], { spacing: { before: 280, line: 560, lineRule: 'exact' } }),
    ...byIssuer.map((entry) => paragraph([text(`${entry.issuer}：${entry.total} 项（${(['keep', 'improve', 'abolish', 'create'] as const).filter((c) => entry.counts[c] > 0).map((c) => `${CATEGORY_LABELS[c]} ${entry.counts[c]}`).join('，')}）`)], { indent: { firstLine: 640 } })),
  ];
  const tables = checklist.sections.flatMap((section, index) => [
    paragraph([text(section.title, { font: 'heading' })], { pageBreakBefore: index > 0, spacing: { after: 200, line: 560, lineRule: 'exact' } }),
    section.rows.length > 0 ? sectionTable(section) : paragraph([text('（无）')], { indent: { firstLine: 640 } }),
  ]);
  const document = new Document({
    creator: '制度清理工作平台',
    title: `${checklist.roundName}制度清单`,
    sections: [
      { properties: { page: { size: A4, margin: MARGINS } }, headers, footers: { default: pageFooter() }, children: cover },
      { properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS } }, headers, footers: { default: pageFooter() }, children: tables },
    ],
  });
  return Packer.toBuffer(document);
}
