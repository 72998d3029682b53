import { todayIso } from '../documents/documents.models.js';
import type { CampaignEventRow } from './campaign.table.js';
import type { DispositionStatus } from './review.table.js';

/** One unit's line of the campaign dashboard (unitId null: what the legal office keeps for itself). */
export type CampaignUnitLine = {
  unitId: number | null;
  unit: string;
  owned: number;
  /** Not reported yet: drafts, of which `drafted` have a category, and items returned to the unit. */
  outstanding: number;
  drafted: number;
  /** Reported (报送), awaiting the legal office. */
  proposed: number;
  /** Reviewed by the legal office (agreed or amended), awaiting the leaders. */
  reviewed: number;
  returned: number;
  approved: number;
  /** The 报送 deadline has passed with items outstanding. */
  late: boolean;
  /** The unit first reported after the deadline (a late unit that has since reported). */
  reportedLate: boolean;
  lastReport: { at: Date; statement: string; itemCount: number } | null;
  reminders: number;
};

export const OFFICE_LINE_NAME = '法制机构（未分派）';

/**
 * The campaign dashboard: a line per unit from the counts by owner, status and whether a category is set,
 * with its latest report and reminders; units that own nothing are left out. Late units first, then by name.
 */
export function toCampaignLines({ counts, names, events, submitBy, today }: {
  counts: { unitId: number | null; status: DispositionStatus; decided: number; n: number }[];
  names: Map<number, string>;
  events: CampaignEventRow[];
  submitBy: string | null;
  today: string;
}): CampaignUnitLine[] {
  const lines = new Map<number | null, CampaignUnitLine>();
  for (const { unitId, status, decided, n } of counts) {
    const line = lines.get(unitId) ?? {
      unitId, unit: unitId === null ? OFFICE_LINE_NAME : names.get(unitId) ?? `单位 ${unitId}`,
      owned: 0, outstanding: 0, drafted: 0, proposed: 0, reviewed: 0, returned: 0, approved: 0, late: false, reportedLate: false, lastReport: null, reminders: 0,
    };
    line.owned += n;
    if (status === 'draft') { line.outstanding += n; if (decided) line.drafted += n; }
    if (status === 'returned') { line.outstanding += n; line.returned += n; }
    if (status === 'proposed') line.proposed += n;
    if (status === 'submitted') line.reviewed += n;
    if (status === 'approved') line.approved += n;
    lines.set(unitId, line);
  }
  // Events are newest first: the first report met is the latest.
  for (const event of events) {
    const line = lines.get(event.unitId);
    if (!line) continue;
    if (event.kind === 'reminded') line.reminders += 1;
    if (event.kind === 'reported' && !line.lastReport) line.lastReport = { at: event.at, statement: event.text, itemCount: event.itemCount };
    // The oldest report comes last and decides whether the unit reported in time.
    if (event.kind === 'reported') line.reportedLate = !!submitBy && todayIso(event.at) > submitBy;
  }
  for (const line of lines.values()) line.late = line.unitId !== null && !!submitBy && today > submitBy && line.outstanding > 0;
  return [...lines.values()].sort((a, b) => (a.unitId === null ? 1 : 0) - (b.unitId === null ? 1 : 0) || Number(b.late) - Number(a.late) || a.unit.localeCompare(b.unit, 'zh'));
}

/** The whole round's figures as the dashboard's header shows them. */
export function campaignTotals(lines: CampaignUnitLine[]) {
  const sum = (key: 'owned' | 'outstanding' | 'proposed' | 'reviewed' | 'returned' | 'approved') => lines.filter((l) => l.unitId !== null).reduce((n, l) => n + l[key], 0);
  return {
    units: lines.filter((l) => l.unitId !== null).length,
    lateUnits: lines.filter((l) => l.late).length,
    owned: sum('owned'), outstanding: sum('outstanding'), proposed: sum('proposed'), reviewed: sum('reviewed'), returned: sum('returned'), approved: sum('approved'),
  };
}
