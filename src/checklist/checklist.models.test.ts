import { expect, test } from 'vitest';
import { buildChecklist, checklistHash, columnsOf, compareChecklists, type ChecklistRow } from './checklist.models.js';

function row(key: string, fields: Partial<ChecklistRow> = {}): ChecklistRow {
  return { key, category: 'keep', title: key, docNumber: null, issuer: '平凉市人民政府', issuedOn: null, opinion: '继续有效', basis: '', responsibleUnit: null, deadline: null, items: '', approved: true, ...fields };
}

test('comparing versions: added, removed, moved between categories, reworded', () => {
  const before = [row('a'), row('b'), row('c'), row('d')];
  const after = [row('a'), row('b', { category: 'abolish' }), row('d', { opinion: '继续有效。仍需执行' }), row('e')];
  const comparison = compareChecklists(before, after);
  expect(comparison.added.map((r) => r.key)).toEqual(['e']);
  expect(comparison.removed.map((r) => r.key)).toEqual(['c']);
  expect(comparison.moved).toEqual([{ row: after[1], from: 'keep', to: 'abolish' }]);
  expect(comparison.changed).toEqual([{ row: after[2], fields: ['opinion'] }]);
  expect(compareChecklists(before, before)).toEqual({ added: [], removed: [], moved: [], changed: [] });
});

test('the checklist has the four sections in order, counts by category and issuer, and says what was left out', () => {
  const checklist = buildChecklist({
    roundName: '2026年度清理', leftOut: 2, options: { includeUnapproved: true }, generatedAt: new Date(0),
    rows: [row('a', { category: 'abolish' }), row('b'), row('c', { category: 'create', issuer: null }), row('d', { category: 'abolish', issuer: '市财政局' })],
  });
  expect(checklist.sections.map((s) => [s.category, s.rows.map((r) => r.key)])).toEqual([['keep', ['b']], ['improve', []], ['abolish', ['a', 'd']], ['create', ['c']]]);
  expect(checklist.summary).toEqual({
    byCategory: { keep: 1, improve: 0, abolish: 2, create: 1 }, leftOut: 2,
    byIssuer: [
      { issuer: '平凉市人民政府', counts: { keep: 1, improve: 0, abolish: 1, create: 0 }, total: 2 },
      { issuer: '（新建）', counts: { keep: 0, improve: 0, abolish: 0, create: 1 }, total: 1 },
      { issuer: '市财政局', counts: { keep: 0, improve: 0, abolish: 1, create: 0 }, total: 1 },
    ],
  });
  expect(checklist.draft).toBe(true);
});

test.each([
  ['keep', false], ['improve', true], ['abolish', false], ['create', true],
] as const)('%s: a 完成时限 column only where there is work to do (%s)', (category, hasDeadline) => {
  expect(columnsOf(category).some((c) => c.key === 'deadline')).toBe(hasDeadline);
});

test('the hash changes with the rows and with the options', () => {
  const rows = [row('a')];
  expect(checklistHash(rows, { includeUnapproved: false })).toBe(checklistHash([row('a')], { includeUnapproved: false }));
  expect(checklistHash(rows, { includeUnapproved: true })).not.toBe(checklistHash(rows, { includeUnapproved: false }));
  expect(checklistHash([row('a', { opinion: '修改' })], { includeUnapproved: false })).not.toBe(checklistHash(rows, { includeUnapproved: false }));
});
