import { Document, Packer } from 'docx';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { body, coverPage, heading, HEADING_PT, officialSection, pageBreak, signature, SIGNATURE_PT, table, title } from '../shared/official-docx.js';
import {
  chineseDate, fitColumnWidths, LIST_FONT_PT, paginateTables, rowHeightPt, TABLE_FONT_PT, TEXT_HEIGHT_PT, TEXT_WIDTH_PT,
} from '../shared/official-layout.js';
import { columnsOf, type Checklist, type ChecklistRow } from './checklist.models.js';

const CATEGORIES = ['keep', 'improve', 'abolish', 'create'] as const;

/** The date of a generation as the office writes it, in China's time zone. */
export function issueDate(at: Date): string {
  return chineseDate(at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
}

/** A section's rows as printed: numbered, dates written out. */
export function printedCells(category: ChecklistRow['category'], rows: ChecklistRow[]): string[][] {
  const columns = columnsOf(category);
  return rows.map((row, i) => columns.map((c) => {
    if (c.key === 'no') return String(i + 1);
    const value = row[c.key];
    return c.date ? chineseDate(value as string | null) : String(value ?? '');
  }));
}

/**
 * The checklist as a Word document laid out after GB/T 9704-2012: a cover (round, office, date), a page of
 * explanation with the counts by issuer, then the four tables landscape, closed by the office and date.
 */
export async function checklistToDocx(checklist: Checklist): Promise<Buffer> {
  const { byCategory, byIssuer, leftOut } = checklist.summary;
  const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
  const date = issueDate(checklist.generatedAt);
  const name = `${checklist.roundName}制度清单`;
  const cover = coverPage({ heading: name, office: checklist.office, date, draft: checklist.draft });

  const issuerColumns = [{ label: '发文机关' }, ...CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], nowrap: true })), { label: '合计', nowrap: true }];
  const issuerRows = [
    ...byIssuer.map((entry) => [entry.issuer, ...CATEGORIES.map((c) => String(entry.counts[c])), String(entry.total)]),
    ['合计', ...CATEGORIES.map((c) => String(byCategory[c])), String(total)],
  ];
  const explanation = [
    title(`${name}${checklist.draft ? '（征求意见稿）' : ''}`),
    heading('一、总体情况'),
    body(`本次清理共列入清单${total}项，其中坚持（继续有效）${byCategory.keep}项，完善（修改）${byCategory.improve}项，废止（宣布失效）${byCategory.abolish}项，新建${byCategory.create}项。`),
    ...(leftOut > 0 ? [body(checklist.draft ? `另有${leftOut}项尚未定类，未列入。` : `另有${leftOut}项尚未定类或尚未批准，未列入。`)] : []),
    heading('二、按发文机关统计'),
    table(issuerColumns, issuerRows, fitColumnWidths(issuerColumns, issuerRows, { totalPt: TEXT_WIDTH_PT.portrait, fontPt: TABLE_FONT_PT })),
  ];

  const tables = checklistTables(checklist);
  const document = new Document({
    creator: '制度清理工作平台',
    title: name,
    sections: [
      officialSection(cover, { draft: checklist.draft, pageNumbers: false }),
      officialSection(explanation, { draft: checklist.draft, restartNumbering: true }),
      officialSection([...tables, ...signature(checklist.office, date)], { landscape: true, draft: checklist.draft }),
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * The four tables, landscape, broken into pages here rather than by the word processor: every table line has
 * an exact height, so the breaks are known. A section heading goes with its header and first row, the header
 * row opens every page, and the signature after the last table never stands on a nearly empty page.
 */
function checklistTables(checklist: Checklist) {
  const { laidOut, pieces } = planTables(checklist);
  return pieces.flatMap((piece, index) => {
    const { section, columns, cells, widths } = laidOut[piece.table]!;
    const opensSection = piece.start === 0;
    const newPage = piece.newPage && index > 0;
    return [
      ...(opensSection ? [heading(section.title, { newPage })] : newPage ? [pageBreak()] : []),
      cells.length > 0 ? table(columns, cells.slice(piece.start, piece.end), widths, { fontPt: LIST_FONT_PT }) : body('（无）'),
    ];
  });
}

/** How many landscape pages the four tables take, as planned: what a rendering must show. */
export function plannedTablePages(checklist: Checklist): number {
  return planTables(checklist).pieces.filter((piece) => piece.newPage).length;
}

function planTables(checklist: Checklist) {
  const laidOut = checklist.sections.map((section) => {
    const columns = columnsOf(section.category);
    const cells = printedCells(section.category, section.rows);
    const widths = fitColumnWidths(columns, cells, { totalPt: TEXT_WIDTH_PT.landscape, fontPt: LIST_FONT_PT });
    return {
      section, columns, cells, widths,
      flow: {
        headingPt: HEADING_PT,
        headerPt: rowHeightPt(columns.map((c) => c.label), widths, LIST_FONT_PT),
        rowsPt: cells.length > 0 ? cells.map((row) => rowHeightPt(row, widths, LIST_FONT_PT)) : [HEADING_PT],
      },
    };
  });
  return { laidOut, pieces: paginateTables(laidOut.map((t) => t.flow), { pagePt: TEXT_HEIGHT_PT.landscape * 0.97, closingPt: SIGNATURE_PT }) };
}
