import { CATEGORY_LABELS } from '../review/review.models.js';
import { toCsv } from '../shared/csv.js';
import type { Checklist } from './checklist.models.js';

/** Every row of every section in one table, UTF-8 with a BOM so that Excel reads the Chinese right. */
export function checklistToCsv(checklist: Checklist): Buffer {
  const header = ['类别', '序号', '名称', '文号', '发文机关', '成文日期', '清理意见', '依据', '责任单位', '完成时限', '对应制度/机制', ...(checklist.draft ? ['是否已批准'] : [])];
  const rows = checklist.sections.flatMap((section) => section.rows.map((row, index) => [
    CATEGORY_LABELS[section.category], index + 1, row.title, row.docNumber ?? '', row.issuer ?? '', row.issuedOn ?? '', row.opinion, row.basis,
    row.responsibleUnit ?? '', row.deadline ?? '', row.items, ...(checklist.draft ? [row.approved ? '是' : '否'] : []),
  ]));
  return toCsv(header, rows);
}
