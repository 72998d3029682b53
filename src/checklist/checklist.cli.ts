import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppDatabase } from '../db/database.js';
import { createReviewRepository } from '../review/review.repository.js';
import { exportChecklist } from './checklist.export.js';
import { createChecklistRepository } from './checklist.repository.js';
import { CHECKLIST_FORMATS, type ChecklistFormat } from './checklist.schemas.js';
import { generateChecklist } from './checklist.usecases.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { officeOf } from '../tracking/tracking.usecases.js';

export const CHECKLIST_USAGE = `  checklist --round 名称 --format docx|xlsx|csv --out 文件 [--all]
                                           生成制度清单；--all 含未批准的意见（征求意见稿）`;

/** `zhidu checklist`: the same files as the download buttons, recorded as versions too. */
export async function runChecklistCommand(args: string[], db: AppDatabase): Promise<number> {
  const { values } = parseArgs({ args, options: { round: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean', default: false } } });
  if (!values.round || !values.out || !CHECKLIST_FORMATS.includes(values.format as ChecklistFormat)) {
    console.error(`用法：\n${CHECKLIST_USAGE}`);
    return 2;
  }
  const round = createReviewRepository({ db }).findRoundByName(values.round);
  if (!round) {
    console.error(`没有名为“${values.round}”的清理批次`);
    return 1;
  }
  const { office } = officeOf({ trackingRepository: createTrackingRepository({ db }), actor: null });
  const { checklist, version } = generateChecklist({ round, options: { includeUnapproved: values.all }, office, actor: null, checklistRepository: createChecklistRepository({ db }) });
  const { bytes } = await exportChecklist(checklist, values.format as ChecklistFormat);
  fs.writeFileSync(values.out, bytes);
  const rows = checklist.sections.reduce((n, section) => n + section.rows.length, 0);
  console.log(`已生成 ${values.out}：${rows} 项${checklist.draft ? '（征求意见稿）' : ''}，清单版本 #${version.id}`);
  return 0;
}
