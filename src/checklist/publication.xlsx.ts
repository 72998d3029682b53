import ExcelJS from 'exceljs';
import { A4_PAPER, SPREADSHEET_DATE_FORMAT, spreadsheetDate } from '../shared/spreadsheet.js';
import { listColumns } from './publication.models.js';
import type { Publication } from './publication.usecases.js';

/** The published lists as a workbook: one sheet per attachment, numbered, dates as dates, ready to print. */
export async function publicationToXlsx(publication: Publication): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '制度清理工作平台';
  for (const attachment of publication.attachments) {
    const columns = listColumns(attachment.list);
    const sheet = workbook.addWorksheet(`附件${attachment.number}`, {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: { paperSize: A4_PAPER, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2', horizontalCentered: true },
    });
    sheet.addRow([`附件${attachment.number}　${attachment.title}`]);
    sheet.mergeCells(1, 1, 1, columns.length);
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.addRow(columns.map((c) => c.label)).font = { bold: true };
    sheet.columns = columns.map((c) => ({ key: c.key, width: c.key === 'no' ? 6 : c.key === 'title' ? 40 : c.date ? 16 : 22, ...(c.date ? { style: { numFmt: SPREADSHEET_DATE_FORMAT } } : {}) }));
    attachment.rows.forEach((row, index) => sheet.addRow({ ...row, no: index + 1, issuedOn: spreadsheetDate(row.issuedOn) }));
    sheet.eachRow((row, number) => { if (number > 1) row.alignment = { vertical: 'top', wrapText: true }; });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
