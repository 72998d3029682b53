import { Document, Packer } from 'docx';
import { body, closingNotes, heading, leadBody, masthead, officialSection, title } from '../shared/official-docx.js';
import { chineseDate } from '../shared/official-layout.js';
import { toChineseNumeral } from '../text/chinese-numerals.js';
import { KIND_LABELS, STAGE_LABELS, type DashboardItem } from './tracking.models.js';
import { STAGES, type Stage } from './tracking.table.js';

export const BRIEFING_NAME = '完善制度、创新机制工作简报';

type Item = DashboardItem;
export type BriefingReport = { itemId: number; reportedOn: string; unit: string | null; text: string; stageFrom: Stage | null; stageTo: Stage | null };
/** The issue before this one: its number, date and each item's stage then. */
export type PreviousBriefing = { number: number; issuedOn: string; stages: Record<string, Stage> };

export type BriefingInput = {
  number: number;
  office: string;
  issuedOn: string;
  reportTo: string;
  copyTo: string;
  items: Item[];
  /** The reports made since the previous issue (all of them for the first), oldest first. */
  news: BriefingReport[];
  previous: PreviousBriefing | null;
  /** A preview, not yet issued: marked 样稿 on every page. */
  draft: boolean;
};

/** Reports on one item, at most the three latest. */
const REPORTS_PER_ITEM = 3;

/**
 * What the briefing says, apart from its layout: a summary with the figures (items by stage, overdue, what
 * moved since the last issue), a paragraph per item with news, and one paragraph naming the items without.
 */
export function briefingText({ items, news, previous, issuedOn }: Pick<BriefingInput, 'items' | 'news' | 'previous' | 'issuedOn'>) {
  const count = (stage: Stage) => items.filter((item) => item.stage === stage).length;
  const institutions = items.filter((item) => item.kind === 'institution').length;
  const overdue = items.filter((item) => item.overdue);
  const newsByItem = new Map<number, BriefingReport[]>();
  for (const report of news) newsByItem.set(report.itemId, [...(newsByItem.get(report.itemId) ?? []), report]);
  const moved = previous
    ? items.filter((item) => previous.stages[item.id] !== undefined && previous.stages[item.id] !== item.stage)
      .map((item) => ({ item, from: previous.stages[item.id]! }))
    : items.flatMap((item) => {
      const moves = (newsByItem.get(item.id) ?? []).filter((r) => r.stageTo);
      return moves.length > 0 && moves[0]!.stageFrom && moves[0]!.stageFrom !== item.stage ? [{ item, from: moves[0]!.stageFrom }] : [];
    });
  const since = previous ? `自上期简报（第${previous.number}期，${chineseDate(previous.issuedOn)}）以来` : '本期为首期简报，截至目前';
  const summary = [
    `截至${chineseDate(issuedOn)}，共跟踪${items.length}项制度和机制（制度${institutions}项，机制${items.length - institutions}项）。`
      + `按工作阶段：${STAGES.map((stage) => `${STAGE_LABELS[stage]}${count(stage)}项`).join('，')}。`
      + (overdue.length > 0 ? `逾期未印发实施的${overdue.length}项：${overdue.map((item) => item.name).join('、')}。` : '没有逾期未印发实施的事项。'),
    `${since}，共收到进展报送${news.length}条，涉及${newsByItem.size}项；`
      + (moved.length > 0
        ? `${moved.length}项推进了工作阶段：${moved.map(({ item, from }) => `${item.name}由${STAGE_LABELS[from]}进入${STAGE_LABELS[item.stage]}`).join('，')}。`
        : '没有事项推进工作阶段。'),
  ];
  const withNews = items.filter((item) => newsByItem.has(item.id)).map((item, index) => {
    const reports = newsByItem.get(item.id)!.slice(-REPORTS_PER_ITEM);
    const facts = `责任单位${item.responsibleUnit ?? '未明确'}，牵头人${item.lead ?? '未明确'}，完成时限${item.deadline ? chineseDate(item.deadline) : '未明确'}${item.overdue ? '（已逾期）' : ''}，当前处于${STAGE_LABELS[item.stage]}阶段。`;
    const told = reports.map((report) => `${chineseDate(report.reportedOn)}，${report.unit ?? ''}报送：${report.text.replace(/[。；\s]+$/, '')}。`).join('');
    return { lead: `（${toChineseNumeral(index + 1)}）${item.name}（${KIND_LABELS[item.kind]}）。`, text: facts + told };
  });
  const quiet = items.filter((item) => !newsByItem.has(item.id));
  const withoutNews = quiet.length === 0
    ? null
    : `以下${quiet.length}项本期无新进展：${quiet.map((item) => `${item.name}（${STAGE_LABELS[item.stage]}${item.overdue ? '，已逾期' : ''}）`).join('、')}。`;
  return { summary, withNews, withoutNews };
}

/**
 * The briefing (工作简报) as offices issue it: the masthead (报头) with its number, office and date; the summary;
 * the items with news, then the others in one paragraph; the closing notes (报送、抄送) at the end.
 */
export async function trackingBriefingDocx(input: BriefingInput): Promise<Buffer> {
  const { summary, withNews, withoutNews } = briefingText(input);
  const sections: { title: string; paragraphs: ReturnType<typeof body>[] }[] = [];
  // The last paragraph keeps the closing notes on its page.
  if (withNews.length > 0) {
    sections.push({ title: '有新进展的事项', paragraphs: withNews.map((entry, i) => leadBody(entry.lead, entry.text, { keepNext: !withoutNews && i === withNews.length - 1 })) });
  }
  if (withoutNews) sections.push({ title: withNews.length > 0 ? '本期无新进展的事项' : '各事项进展情况', paragraphs: [body(withoutNews, { keepNext: true })] });
  const children = [
    ...masthead({ name: BRIEFING_NAME, issue: `第${input.number}期${input.draft ? '（样稿）' : ''}`, office: input.office, date: chineseDate(input.issuedOn) }),
    title('完善制度、创新机制工作进展情况'),
    ...summary.map((text) => body(text)),
    ...sections.flatMap((section, index) => [heading(`${toChineseNumeral(index + 1)}、${section.title}`), ...section.paragraphs]),
    ...closingNotes([
      ...(input.reportTo ? [`报送：${input.reportTo}`] : []),
      ...(input.copyTo ? [`抄送：${input.copyTo}`] : []),
    ], { office: input.office, date: `${chineseDate(input.issuedOn)}印发` }),
  ];
  return Packer.toBuffer(new Document({
    creator: '制度清理工作平台', title: `${BRIEFING_NAME}第${input.number}期`,
    sections: [officialSection(children, { draft: input.draft, draftMark: '样稿' })],
  }));
}
