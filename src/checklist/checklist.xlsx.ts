import ExcelJS from 'exceljs';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { columnsOf, type Checklist } from './checklist.models.js';

const CATEGORIES = ['keep', 'improve', 'abolish', 'create'] as const;

/** A summary sheet and one sheet per category, each with a frozen header row, filters and fitted columns. */
export async function checklistToXlsx(checklist: Checklist): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '制度清理工作平台';
  workbook.created = checklist.generatedAt;
  const draftMark = checklist.draft ? '（征求意见稿）' : '';

  const summary = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: '发文机关', key: 'issuer', width: 32 },
    ...CATEGORIES.map((c) => ({ header: CATEGORY_LABELS[c], key: c, width: 10 })),
    { header: '合计', key: 'total', width: 10 },
  ];
  for (const entry of checklist.summary.byIssuer) summary.addRow({ issuer: entry.issuer, ...entry.counts, total: entry.total });
  const totals = checklist.summary.byCategory;
  summary.addRow({ issuer: '合计', ...totals, total: Object.values(totals).reduce((a, b) => a + b, 0) }).font = { bold: true };
  summary.addRow([]);
  summary.addRow([`${checklist.roundName}制度清单${draftMark}`]);
  summary.addRow([`生成时间：${checklist.generatedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}`]);
  if (checklist.summary.leftOut > 0) summary.addRow([`未列入：${checklist.summary.leftOut} 项（尚未定类${checklist.draft ? '' : '或尚未批准'}）`]);
  summary.getRow(1).font = { bold: true };

  for (const section of checklist.sections) {
    const columns = columnsOf(section.category);
    const sheet = workbook.addWorksheet(CATEGORY_LABELS[section.category], {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      headerFooter: { oddHeader: checklist.draft ? '&R征求意见稿' : '', oddFooter: '&C— &P —' },
    });
    sheet.columns = columns.map((c) => ({ header: c.label, key: c.key, width: c.width }));
    section.rows.forEach((row, index) => sheet.addRow({ ...row, no: index + 1 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    sheet.eachRow((row, number) => { if (number > 1) row.alignment = { vertical: 'top', wrapText: true }; });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
