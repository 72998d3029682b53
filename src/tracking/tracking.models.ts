import { STAGES, type Stage, type TrackingItemRow, type TrackingKind } from './tracking.table.js';

export const STAGE_LABELS: Record<Stage, string> = {
  drafting: '起草', consultation: '征求意见', approved: '会议审定', applied: '印发实施', refined: '评估完善',
};
export const KIND_LABELS: Record<TrackingKind, string> = { institution: '制度', mechanism: '机制' };

/** The stage after this one, or null at the last. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** Issued and applied (or beyond): the work a deadline is about is done. */
export function isIssued(stage: Stage): boolean {
  return STAGES.indexOf(stage) >= STAGES.indexOf('applied');
}

export function isOverdue(item: Pick<TrackingItemRow, 'deadline' | 'stage'>, today: string): boolean {
  return !!item.deadline && item.deadline < today && !isIssued(item.stage);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Items not yet issued whose deadline has passed, and those due within `days`. */
export function dueItems<T extends Pick<TrackingItemRow, 'deadline' | 'stage'>>(items: T[], today: string, days: number) {
  const horizon = addDays(today, days);
  const open = items.filter((item) => item.deadline && !isIssued(item.stage)).sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  return {
    overdue: open.filter((item) => item.deadline! < today),
    dueSoon: open.filter((item) => item.deadline! >= today && item.deadline! <= horizon),
  };
}

/** The words that find an item's documents: its own list, or its name without 制度 / 机制. */
export function keywordsOf(item: Pick<TrackingItemRow, 'name' | 'keywords'>): string[] {
  if (item.keywords.length > 0) return item.keywords;
  return [item.name.replace(/(制度|机制)$/, '')];
}

/** A document's coverage of an item, by the category of its latest disposition. */
export type Coverage = { keep: number; improve: number; abolish: number; create: number; undecided: number };
export type CoverageCategory = Exclude<keyof Coverage, 'undecided'>;

/**
 * What the review tells tracking about the items: the dispositions that serve them. The review sits above
 * tracking (its dispositions name tracked items), so this is passed in rather than imported.
 */
export type ItemsInReview = {
  /** Documents one of whose dispositions serves an item. */
  documentsServing(): { itemId: number; documentId: number }[];
  /** The category of each document's disposition in the latest round that holds it. */
  latestCategories(): ReadonlyMap<number, CoverageCategory | null>;
  /** Proposals to create a rule, with the items they serve. */
  proposals(): { itemId: number; dispositionId: number; title: string | null; status: string; roundId: number }[];
  /** The dispositions serving an item, with their documents' titles. */
  dispositionsServing(itemId: number): {
    id: number; roundId: number; documentId: number | null; category: CoverageCategory | null; status: string; title: string; deadline: string | null; responsibleUnit: string | null;
  }[];
};

/**
 * The coverage matrix: per item, the documents linked to it (accepted links and the documents of dispositions
 * serving it) counted by the category of their latest disposition, plus the proposals to create.
 */
export function coverageOf({ itemIds, documentLinks, latestCategory, proposals }: {
  itemIds: number[];
  documentLinks: { itemId: number; documentId: number }[];
  latestCategory: ReadonlyMap<number, CoverageCategory | null>;
  proposals: { itemId: number }[];
}): Map<number, Coverage> {
  const coverage = new Map(itemIds.map((id) => [id, { keep: 0, improve: 0, abolish: 0, create: 0, undecided: 0 } as Coverage]));
  const seen = new Set<string>();
  for (const { itemId, documentId } of documentLinks) {
    const key = `${itemId}:${documentId}`;
    if (seen.has(key) || !coverage.has(itemId)) continue;
    seen.add(key);
    coverage.get(itemId)![latestCategory.get(documentId) ?? 'undecided']++;
  }
  for (const { itemId } of proposals) if (coverage.has(itemId)) coverage.get(itemId)!.create++;
  return coverage;
}

/** An item as the dashboard and the briefing show it: with whether it is overdue, its coverage and its latest report. */
export type DashboardItem = TrackingItemRow & {
  overdue: boolean;
  coverage: Coverage;
  latestReport: { reportedOn: string; text: string; unit: string | null } | null;
};

/**
 * Whether a tracked item belongs to the account's unit: by the unit's id, not its name, so "平凉市财政局" on
 * the item and "市财政局" on the account are one unit.
 */
export function ownsItem(item: { responsibleUnitId: number | null }, account: { unitId: number | null }): boolean {
  return item.responsibleUnitId !== null && item.responsibleUnitId === account.unitId;
}
