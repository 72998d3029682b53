import { validityStatus, VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { toCsv } from '../shared/csv.js';
import { tableToXlsx, type SpreadsheetColumn } from '../shared/spreadsheet.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A document's latest review category (坚持, 完善, 废止), by id; supplied by the review for those who may read it. */
export type DocumentCategoryLookup = (documentIds: number[]) => Map<number, string>;

/** One exported document: what legal staff list about it. */
export type ExportRow = {
  title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null; effectiveOn: string | null;
  expiresOn: string | null; docType: string | null; status: string; category: string | null;
};

export function toExportRow(document: DocumentRow, today: string, category: string | null): ExportRow {
  return {
    title: document.title, docNumber: document.docNumber, issuer: document.issuer, issuedOn: document.issuedOn, effectiveOn: document.effectiveOn,
    expiresOn: document.expiresOn, docType: document.docType, status: VALIDITY_STATUS_LABELS[validityStatus(document, today)], category,
  };
}

/** The columns, in order; 清理类别 only for those who may read the review. */
function columnsOf(withCategory: boolean): SpreadsheetColumn<ExportRow & { number: number }>[] {
  return [
    { header: '序号', width: 7, value: (row) => row.number },
    { header: '标题', width: 48, value: (row) => row.title },
    { header: '文号', width: 20, value: (row) => row.docNumber },
    { header: '发文机关', width: 24, value: (row) => row.issuer },
    { header: '成文日期', width: 15, value: (row) => row.issuedOn, date: true },
    { header: '施行日期', width: 15, value: (row) => row.effectiveOn, date: true },
    { header: '失效日期', width: 15, value: (row) => row.expiresOn, date: true },
    { header: '时效性', width: 10, value: (row) => row.status },
    { header: '文种', width: 10, value: (row) => row.docType },
    ...(withCategory ? [{ header: '清理类别', width: 10, value: (row: ExportRow) => row.category }] : []),
  ];
}

/** The rows as a file of the format asked for: one table, numbered in the order shown. */
export async function writeExport(format: ExportFormat, { sheetName, rows, withCategory }: { sheetName: string; rows: ExportRow[]; withCategory: boolean }): Promise<Buffer> {
  const columns = columnsOf(withCategory);
  const numbered = rows.map((row, index) => ({ ...row, number: index + 1 }));
  if (format === 'xlsx') return tableToXlsx({ sheetName, columns, rows: numbered });
  return toCsv(columns.map((c) => c.header), numbered.map((row) => columns.map((c) => c.value(row) ?? '')));
}

/**
 * A file name for an export: what was exported, the words that chose it (shortened, without characters a file
 * system refuses) and the date, so downloads of different searches do not overwrite each other.
 */
export function exportFileName(kind: '检索结果' | '文件清单', words: string | undefined, today: string, format: ExportFormat): string {
  const cleaned = (words ?? '').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\\/:*?"<>|\s]+/g, ' ').trim().slice(0, 30).trim();
  return `${kind}${cleaned ? `-${cleaned}` : ''}-${today}.${format}`;
}
