import { expect, test } from 'vitest';
import { addDays, coverageOf, dueItems, isOverdue, keywordsOf, nextStage } from './tracking.models.js';
import type { Stage } from './tracking.table.js';

test.each([
  ['drafting', 'consultation'], ['consultation', 'approved'], ['approved', 'applied'], ['applied', 'refined'], ['refined', null],
] as [Stage, Stage | null][])('after %s comes %s', (stage, next) => {
  expect(nextStage(stage)).toBe(next);
});

test.each([
  [{ deadline: '2026-11-26', stage: 'approved' }, true],
  [{ deadline: '2026-11-27', stage: 'drafting' }, false],
  [{ deadline: '2026-11-26', stage: 'applied' }, false],
  [{ deadline: null, stage: 'drafting' }, false],
] as [{ deadline: string | null; stage: Stage }, boolean][])('overdue on 2026-11-27: %j → %s', (item, overdue) => {
  expect(isOverdue(item, '2026-11-27')).toBe(overdue);
});

test.each([['2026-11-27', 30, '2026-12-27'], ['2026-02-27', 2, '2026-03-01'], ['2024-02-28', 1, '2024-02-29'], ['2026-01-01', -1, '2025-12-31']] as const)(
  'addDays(%s, %i) = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected),
);

test('due items: overdue and within the horizon, soonest first, issued ones left out', () => {
  const items = [
    { name: 'a', deadline: '2026-12-20', stage: 'drafting' as Stage },
    { name: 'b', deadline: '2026-11-01', stage: 'consultation' as Stage },
    { name: 'c', deadline: '2026-12-01', stage: 'drafting' as Stage },
    { name: 'd', deadline: '2026-11-02', stage: 'applied' as Stage },
    { name: 'e', deadline: null, stage: 'drafting' as Stage },
  ];
  const { overdue, dueSoon } = dueItems(items, '2026-11-27', 10);
  expect(overdue.map((i) => i.name)).toEqual(['b']);
  expect(dueSoon.map((i) => i.name)).toEqual(['c']);
});

test.each([
  [{ name: '专家咨询制度', keywords: [] }, ['专家咨询']],
  [{ name: '环保约束机制', keywords: [] }, ['环保约束']],
  [{ name: '专家咨询制度', keywords: ['专家论证', '咨询论证'] }, ['专家论证', '咨询论证']],
])('keywords of %j', (item, keywords) => expect(keywordsOf(item)).toEqual(keywords));

test('coverage counts each linked document once, by its latest category, and proposals as create', () => {
  const coverage = coverageOf({
    itemIds: [1, 2],
    documentLinks: [{ itemId: 1, documentId: 10 }, { itemId: 1, documentId: 10 }, { itemId: 1, documentId: 11 }, { itemId: 1, documentId: 12 }, { itemId: 3, documentId: 10 }],
    latestCategory: new Map([[10, 'abolish'], [11, null]]),
    proposals: [{ itemId: 1 }, { itemId: 2 }, { itemId: 2 }],
  });
  expect(coverage.get(1)).toEqual({ keep: 0, improve: 0, abolish: 1, create: 1, undecided: 2 });
  expect(coverage.get(2)).toEqual({ keep: 0, improve: 0, abolish: 0, create: 2, undecided: 0 });
});
