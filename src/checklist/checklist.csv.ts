import { stringify } from 'csv-stringify/sync';
import { CATEGORY_LABELS } from '../review/review.models.js';
import type { Checklist } from './checklist.models.js';

/** A cell that Excel would take for a formula (=, +, -, @ first) is kept as text (OWASP CSV injection). */
function safe(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every row of every section in one table, UTF-8 with a BOM so that Excel reads the Chinese right. */
export function checklistToCsv(checklist: Checklist): Buffer {
  const header = ['类别', '序号', '名称', '文号', '发文机关', '成文日期', '清理意见', '依据', '责任单位', '完成时限', '对应制度/机制', ...(checklist.draft ? ['是否已批准'] : [])];
  const rows = checklist.sections.flatMap((section) => section.rows.map((row, index) => [
    CATEGORY_LABELS[section.category], index + 1, row.title, row.docNumber ?? '', row.issuer ?? '', row.issuedOn ?? '', row.opinion, row.basis,
    row.responsibleUnit ?? '', row.deadline ?? '', row.items, ...(checklist.draft ? [row.approved ? '是' : '否'] : []),
  ].map(safe)));
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(stringify([header, ...rows], { record_delimiter: 'windows' }), 'utf8')]);
}
