import { describe, expect, test } from 'vitest';
import { toCampaignLines } from './campaign.models.js';
import type { CampaignEventRow } from './campaign.table.js';

const names = new Map([[1, '平凉市财政局'], [2, '平凉市教育局']]);
const event = (unitId: number, kind: CampaignEventRow['kind'], text: string, id: number): CampaignEventRow =>
  ({ id, roundId: 1, unitId, kind, text, itemCount: 2, at: new Date(Date.UTC(2026, 0, id * 10)), actorId: null, actorName: null });

describe('the campaign dashboard’s lines', () => {
  const counts = [
    { unitId: 1, status: 'proposed' as const, decided: 1, n: 2 },
    { unitId: 2, status: 'draft' as const, decided: 1, n: 1 },
    { unitId: 2, status: 'draft' as const, decided: 0, n: 2 },
    { unitId: 2, status: 'returned' as const, decided: 1, n: 1 },
    { unitId: null, status: 'approved' as const, decided: 1, n: 3 },
  ];
  test.each([
    { today: '2026-01-31', late: [] },
    { today: '2026-02-01', late: ['平凉市教育局'] },
  ])('on $today the late units are $late (items outstanding after the deadline)', ({ today, late }) => {
    const lines = toCampaignLines({ counts, names, events: [], submitBy: '2026-01-31', today });
    expect(lines.filter((l) => l.late).map((l) => l.unit)).toEqual(late);
  });

  test('counts each state; the latest report and the number of reminders; late first, the legal office last', () => {
    const events = [event(1, 'reported', '再报', 3), event(2, 'reminded', '催', 2), event(1, 'reported', '首报', 1)];
    const lines = toCampaignLines({ counts, names, events, submitBy: '2026-01-15', today: '2026-02-01' });
    expect(lines.map((l) => [l.unit, l.owned, l.outstanding, l.drafted, l.proposed, l.returned, l.approved, l.late, l.reportedLate, l.reminders, l.lastReport?.statement ?? null])).toEqual([
      ['平凉市教育局', 4, 4, 1, 0, 1, 0, true, false, 1, null],
      ['平凉市财政局', 2, 0, 0, 2, 0, 0, false, false, 0, '再报'],
      ['法制机构（未分派）', 3, 0, 0, 0, 0, 3, false, false, 0, null],
    ]);
    // First reported on 10 January: late against a deadline of the 5th.
    expect(toCampaignLines({ counts, names, events, submitBy: '2026-01-05', today: '2026-02-01' }).find((l) => l.unitId === 1)?.reportedLate).toBe(true);
  });
});
