import { describe, expect, it } from 'vitest';
import { deadlineNotices, nextReportDue } from './inbox.models.js';

describe('nextReportDue', () => {
  const today = '2026-03-10';
  it.each([
    ['never reported: due now', { stage: 'drafting', deadline: null }, null, '2026-03-10'],
    ['30 days after the last report', { stage: 'consultation', deadline: null }, '2026-03-01', '2026-03-31'],
    ['the deadline when it comes first', { stage: 'drafting', deadline: '2026-03-20' }, '2026-03-01', '2026-03-20'],
    ['a past report interval stays past', { stage: 'drafting', deadline: '2026-12-31' }, '2026-01-01', '2026-01-31'],
    ['nothing once issued', { stage: 'applied', deadline: '2026-03-20' }, null, null],
  ] as const)('%s', (_, item, last, expected) => {
    expect(nextReportDue(item, last, today)).toBe(expected);
  });
});

describe('deadlineNotices', () => {
  const today = '2026-03-10';
  const item = (id: number, deadline: string | null, stage: 'drafting' | 'applied' = 'drafting') => ({ id, name: `事项${id}`, deadline, stage });
  it('announces a deadline within seven days and one that has passed, not one further off, undated or issued', () => {
    const notices = deadlineNotices([item(1, '2026-03-17'), item(2, '2026-03-09'), item(3, '2026-03-18'), item(4, null), item(5, '2026-03-01', 'applied'), item(6, '2026-03-10')], today);
    expect(notices.map((n) => [n.itemId, n.phase])).toEqual([[1, 'soon'], [2, 'overdue'], [6, 'soon']]);
    expect(notices[1]!.text).toBe('「事项2」已逾期（完成时限 2026-03-09）');
  });
  it('keys a notice by item, deadline and phase, so a moved deadline or a deadline passing is announced again', () => {
    const [soon] = deadlineNotices([item(1, '2026-03-12')], today);
    const [moved] = deadlineNotices([item(1, '2026-03-13')], today);
    const [passed] = deadlineNotices([item(1, '2026-03-12')], '2026-03-13');
    expect(new Set([soon!.dedupeKey, moved!.dedupeKey, passed!.dedupeKey]).size).toBe(3);
  });
});
