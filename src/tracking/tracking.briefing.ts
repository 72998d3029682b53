import { Document, Packer } from 'docx';
import { body, heading, officialSection, title } from '../shared/official-docx.js';
import { toChineseNumeral } from '../text/chinese-numerals.js';
import { KIND_LABELS, STAGE_LABELS } from './tracking.models.js';
import { STAGES } from './tracking.table.js';
import type { TrackingDashboard } from './tracking.usecases.js';

/** The progress briefing (工作简报) on every item, in the same official layout as the checklist. */
export async function trackingBriefingDocx({ dashboard, reports, today }: {
  dashboard: TrackingDashboard;
  reports: { itemId: number; reportedOn: string; unit: string | null; text: string }[];
  today: string;
}): Promise<Buffer> {
  const { items } = dashboard;
  const [year, month, day] = today.split('-').map(Number);
  const byStage = STAGES.map((stage) => `${STAGE_LABELS[stage]} ${items.filter((item) => item.stage === stage).length} 项`).join('，');
  const overdue = items.filter((item) => item.overdue);
  const children = [
    title('完善制度、创新机制工作简报'),
    body(`截至${year}年${month}月${day}日，共跟踪${items.length}项制度和机制（制度${items.filter((i) => i.kind === 'institution').length}项，机制${items.filter((i) => i.kind === 'mechanism').length}项）。按阶段：${byStage}。`),
    body(overdue.length > 0 ? `逾期未印发实施的有${overdue.length}项：${overdue.map((item) => item.name).join('、')}。` : '目前没有逾期事项。'),
    ...items.flatMap((item, index) => {
      const latest = reports.filter((report) => report.itemId === item.id);
      const coverage = item.coverage;
      return [
        heading(`${toChineseNumeral(index + 1)}、${item.name}（${KIND_LABELS[item.kind]}）`),
        body(`责任单位：${item.responsibleUnit ?? '未明确'}；牵头人：${item.lead ?? '未明确'}；完成时限：${item.deadline ?? '未明确'}${item.overdue ? '（已逾期）' : ''}；当前阶段：${STAGE_LABELS[item.stage]}。`),
        body(`关联文件：坚持${coverage.keep}件，完善${coverage.improve}件，废止${coverage.abolish}件，新建${coverage.create}项${coverage.undecided ? `，未定类${coverage.undecided}件` : ''}。`),
        ...(latest.length > 0
          ? latest.map((report) => body(`${report.reportedOn}，${report.unit ?? ''}报送：${report.text}`))
          : [body('尚无进展报送。')]),
      ];
    }),
  ];
  return Packer.toBuffer(new Document({ creator: '制度清理工作平台', title: '完善制度、创新机制工作简报', sections: [officialSection(children)] }));
}
