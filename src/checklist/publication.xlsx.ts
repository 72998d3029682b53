import ExcelJS from 'exceljs';
import { addTableSheet } from '../shared/spreadsheet.js';
import { listColumns, type PublishedRow } from './publication.models.js';
import type { Publication } from './publication.usecases.js';

const WIDTHS: Partial<Record<keyof PublishedRow | 'no', number>> = { no: 6, title: 40, issuedOn: 16 };

/** The published lists as a workbook: one sheet per attachment, titled and numbered, dates as dates, ready to print. */
export async function publicationToXlsx(publication: Publication): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '制度清理工作平台';
  for (const attachment of publication.attachments) {
    addTableSheet(workbook, {
      sheetName: `附件${attachment.number}`,
      title: `附件${attachment.number}　${attachment.title}`,
      orientation: 'portrait',
      columns: listColumns(attachment.list).map((c) => ({
        header: c.label, width: WIDTHS[c.key] ?? 22, date: c.date,
        value: (row: PublishedRow & { no: number }) => row[c.key],
      })),
      rows: attachment.rows.map((row, index) => ({ ...row, no: index + 1 })),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
