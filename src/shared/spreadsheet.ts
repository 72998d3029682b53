import ExcelJS from 'exceljs';

/** How Excel and WPS show a date: 2018年12月29日, still a date to sort and filter on. */
export const SPREADSHEET_DATE_FORMAT = 'yyyy"年"m"月"d"日"';
export const A4_PAPER = 9;

/** An ISO date as a spreadsheet date (midnight UTC, which is how Excel counts days); anything else as text. */
export function spreadsheetDate(value: string | null): Date | string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}

/** Thin rules round every cell of a table row, as a printed list has them. */
export function ruleRow(row: ExcelJS.Row, columns: number) {
  const thin = { style: 'thin' as const };
  for (let column = 1; column <= columns; column++) row.getCell(column).border = { top: thin, left: thin, bottom: thin, right: thin };
}

export type SpreadsheetColumn<T> = { header: string; width: number; value: (row: T) => string | number | null; date?: boolean };

/**
 * One table on a sheet of the workbook: an optional title row above it, a bold header row, frozen, with
 * filters; dates as real dates; wrapped cells; printed A4, fitted to the page width, the header on every page.
 */
export function addTableSheet<T>(workbook: ExcelJS.Workbook, { sheetName, title, columns, rows, orientation = 'landscape' }: {
  sheetName: string; title?: string; columns: SpreadsheetColumn<T>[]; rows: T[]; orientation?: 'landscape' | 'portrait';
}) {
  const headerRow = title ? 2 : 1;
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31) || '表', {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: A4_PAPER, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: { oddFooter: '&C— &P —' },
  });
  sheet.columns = columns.map((column, index) => ({
    key: String(index), width: column.width, ...(column.date ? { style: { numFmt: SPREADSHEET_DATE_FORMAT } } : {}),
  }));
  if (title) {
    sheet.addRow([title]);
    sheet.mergeCells(1, 1, 1, columns.length);
    sheet.getCell('A1').font = { bold: true, size: 14 };
  }
  const header = sheet.addRow(columns.map((column) => column.header));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => (column.date ? spreadsheetDate(column.value(row) as string | null) : column.value(row))));
    added.alignment = { vertical: 'top', wrapText: true };
    ruleRow(added, columns.length);
  }
  ruleRow(header, columns.length);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
}

/** A workbook of one table (see `addTableSheet`). */
export async function tableToXlsx<T>({ sheetName, columns, rows, creator = '制度清理工作平台' }: {
  sheetName: string; columns: SpreadsheetColumn<T>[]; rows: T[]; creator?: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  addTableSheet(workbook, { sheetName, columns, rows });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
