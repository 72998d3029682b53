import { expect, test } from 'vitest';
import { basisText, buildChecklist, checklistHash, columnsOf, compareChecklists, issuerRank, orderRows, type ChecklistRow } from './checklist.models.js';

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

test.each([
  { name: 'documents of the legal basis by title and 文号, citations as written', legalBasis: [{ documentId: 1 }, { text: '《中华人民共和国立法法》第九十一条' }, { documentId: 2 }], acceptedReasons: [], expected: '《平凉市城市管理条例》（平政发〔2020〕3号）；《中华人民共和国立法法》第九十一条；《平凉市物业管理办法》' },
  { name: 'without a legal basis, the documents behind the accepted suggestion', legalBasis: [], acceptedReasons: [{ code: 'superseded', message: '已有新版本', relatedIds: [1, 1] }], expected: '《平凉市城市管理条例》（平政发〔2020〕3号）' },
  { name: 'a document no longer there is still named', legalBasis: [{ documentId: 9 }], acceptedReasons: [], expected: '文件#9' },
  { name: 'nothing to cite', legalBasis: [], acceptedReasons: [], expected: '' },
])('依据: $name', ({ legalBasis, acceptedReasons, expected }) => {
  const documents = new Map([[1, { title: '平凉市城市管理条例', docNumber: '平政发〔2020〕3号' }], [2, { title: '平凉市物业管理办法', docNumber: null }]]);
  expect(basisText({ legalBasis, acceptedReasons }, documents)).toBe(expected);
});

test.each([
  ['中共平凉市委员会', 0], ['平凉市委', 0], ['平凉市人民代表大会常务委员会', 1], ['平凉市人民政府', 2], ['平凉市人民政府办公室', 3],
  ['平凉市发展和改革委员会', 4], ['平凉市财政局', 4], [null, 9],
] as const)('issuer rank of %s is %i', (issuer, rank) => {
  expect(issuerRank(issuer)).toBe(rank);
});

test('rows within a section: by issuer rank and name, then oldest first, undated last', () => {
  const rows = [
    row('a', { issuer: '平凉市财政局', issuedOn: null }),
    row('b', { issuer: '平凉市财政局', issuedOn: '2019-05-01' }),
    row('c', { issuer: '平凉市人民政府', issuedOn: '2020-01-01' }),
    row('d', { issuer: null, issuedOn: '2001-01-01' }),
    row('e', { issuer: '平凉市财政局', issuedOn: '2018-12-29' }),
    row('f', { issuer: '中共平凉市委员会', issuedOn: null }),
    row('g', { issuer: '平凉市人民政府', issuedOn: '2015-03-01' }),
  ];
  expect(orderRows(rows).map((r) => r.key)).toEqual(['f', 'g', 'c', 'e', 'b', 'a', 'd']);
});
