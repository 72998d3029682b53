import { checklistToCsv } from './checklist.csv.js';
import { checklistToDocx } from './checklist.docx.js';
import type { Checklist } from './checklist.models.js';
import type { ChecklistFormat } from './checklist.schemas.js';
import { checklistToXlsx } from './checklist.xlsx.js';

export const CONTENT_TYPES: Record<ChecklistFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The checklist in one of the official forms, with the file name officials would give it. */
export async function exportChecklist(checklist: Checklist, format: ChecklistFormat): Promise<{ bytes: Buffer; fileName: string }> {
  const bytes = format === 'docx' ? await checklistToDocx(checklist) : format === 'xlsx' ? await checklistToXlsx(checklist) : checklistToCsv(checklist);
  return { bytes, fileName: `${checklist.roundName}制度清单${checklist.draft ? '（征求意见稿）' : ''}.${format}` };
}
