import ExcelJS from 'exceljs';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { countLines } from '../shared/official-layout.js';
import { A4_PAPER, ruleRow, SPREADSHEET_DATE_FORMAT, spreadsheetDate } from '../shared/spreadsheet.js';
import { issueDate } from './checklist.docx.js';
import { columnsOf, type Checklist } from './checklist.models.js';

const CATEGORIES = ['keep', 'improve', 'abolish', 'create'] as const;

/** Points per line of the default 11-point font, and the height a row needs for its tallest wrapped cell. */
const LINE_PT = 15;
export function rowHeight(cells: { width: number; text: string }[]): number {
  // A column `width` characters wide holds about width / 2 Chinese characters, less a little for the cell margin.
  return LINE_PT * Math.max(1, ...cells.map((cell) => countLines(cell.text, Math.max(1, cell.width / 1.8 - 0.5))));
}

/**
 * A summary sheet (a title, the office and date, then the counts by issuer) and one sheet per category, each
 * with a frozen header row, filters, fitted columns, dates as dates, and set to print on A4 landscape, fitted
 * to the page width with the header row on every page.
 */
export async function checklistToXlsx(checklist: Checklist): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '制度清理工作平台';
  workbook.created = checklist.generatedAt;
  const draftMark = checklist.draft ? '（征求意见稿）' : '';
  const name = `${checklist.roundName}制度清单${draftMark}`;
  const footer = '&C— &P —';

  const summary = workbook.addWorksheet('汇总', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: A4_PAPER, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', horizontalCentered: true },
    headerFooter: { oddHeader: checklist.draft ? '&R征求意见稿' : '', oddFooter: footer },
  });
  summary.columns = [{ key: 'issuer', width: 34 }, ...CATEGORIES.map((c) => ({ key: c, width: 10 })), { key: 'total', width: 10 }];
  summary.addRow([name]);
  summary.mergeCells(1, 1, 1, 6);
  summary.getRow(1).height = 30;
  summary.getCell('A1').font = { name: '方正小标宋简体', size: 18 };
  summary.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  summary.addRow([`${checklist.office}　${issueDate(checklist.generatedAt)}`]);
  summary.mergeCells(2, 1, 2, 6);
  summary.getCell('A2').alignment = { horizontal: 'center' };
  summary.addRow(['发文机关', ...CATEGORIES.map((c) => CATEGORY_LABELS[c]), '合计']);
  for (const entry of checklist.summary.byIssuer) summary.addRow({ issuer: entry.issuer, ...entry.counts, total: entry.total });
  const totals = checklist.summary.byCategory;
  summary.addRow({ issuer: '合计', ...totals, total: Object.values(totals).reduce((a, b) => a + b, 0) }).font = { bold: true };
  if (checklist.summary.leftOut > 0) {
    summary.addRow([]);
    summary.addRow([`未列入：${checklist.summary.leftOut} 项（尚未定类${checklist.draft ? '' : '或尚未批准'}）`]);
  }
  for (let number = 3; number <= 4 + checklist.summary.byIssuer.length; number++) ruleRow(summary.getRow(number), 6);
  summary.getRow(3).font = { bold: true };
  summary.getRow(3).alignment = { horizontal: 'center' };
  summary.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: 6 } };

  for (const section of checklist.sections) {
    const columns = columnsOf(section.category);
    const sheet = workbook.addWorksheet(CATEGORY_LABELS[section.category], {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: A4_PAPER, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', horizontalCentered: true },
      headerFooter: { oddHeader: `&C${name}　${section.title}${checklist.draft ? '&R征求意见稿' : ''}`, oddFooter: footer },
    });
    sheet.columns = columns.map((c) => ({
      header: c.label, key: c.key, width: c.width, ...(c.date ? { style: { numFmt: SPREADSHEET_DATE_FORMAT } } : {}),
    }));
    section.rows.forEach((row, index) => sheet.addRow({
      ...row, no: index + 1, issuedOn: spreadsheetDate(row.issuedOn), deadline: spreadsheetDate(row.deadline),
    }));
    ruleRow(sheet.getRow(1), columns.length);
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    // Each row as high as its wrapped text: Excel and WPS do not measure rows on opening, and LibreOffice not always.
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      row.alignment = { vertical: 'top', wrapText: true };
      ruleRow(row, columns.length);
      row.height = rowHeight(columns.map((c) => ({ width: c.width, text: c.date ? '' : String(sheet.getRow(number).getCell(c.key).value ?? '') })));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
