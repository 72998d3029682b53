import { describe, expect, test } from 'vitest';
import { compareVersions, diffBlocks, MAX_DIFF_BLOCK_CHARS, toBlocks, type CompareRow, type CompareSide } from './documents.compare.js';
import type { StructureNode } from './documents.types.js';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A document as the parser would leave it: a title line, then one line per article, numbered in order. */
function rule(title: string, articles: string[]): CompareSide {
  const lines = [title, ...articles.map((text, k) => `第${NUMERALS[k + 1]}条 ${text}`)];
  const nodes: StructureNode[] = articles.map((text, k) => ({ kind: 'article', number: k + 1, label: `第${NUMERALS[k + 1]}条`, heading: text.slice(0, 40), line: k + 1 }));
  return { lines, nodes };
}

/** A row as a short string: the change, and the labels on each side. */
const brief = (row: CompareRow) => `${row.change} ${row.old?.label ?? row.old?.text ?? '-'} → ${row.new?.label ?? row.new?.text ?? '-'}`;

const A = '为了规范行政规范性文件制定和监督管理工作，制定本办法。';
const B = '本办法适用于本市各级行政机关制定的行政规范性文件。';
const C = '起草行政规范性文件，应当广泛听取意见。';
const D = '行政规范性文件应当经过合法性审核，未经审核的不得提交审议。';
const E = '本办法自2020年1月1日起施行。';

describe('alignment of two versions, article by article', () => {
  test.each([
    {
      name: 'the same text: every block unchanged',
      old: [A, B, C], new: [A, B, C],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'unchanged 第二条 → 第二条', 'unchanged 第三条 → 第三条'],
    },
    {
      name: 'an article inserted: the later ones are renumbered, and pair with their old numbers',
      old: [A, B, D, E], new: [A, B, C, D, E],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'unchanged 第二条 → 第二条', 'inserted - → 第三条', 'renumbered 第三条 → 第四条', 'renumbered 第四条 → 第五条'],
    },
    {
      name: 'an article deleted: the later ones move up',
      old: [A, B, C, D, E], new: [A, B, D, E],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'unchanged 第二条 → 第二条', 'deleted 第三条 → -', 'renumbered 第四条 → 第三条', 'renumbered 第五条 → 第四条'],
    },
    {
      name: 'changed wording keeps its pair',
      old: [A, B, E], new: [A, '本办法适用于本市县级以上行政机关制定的行政规范性文件。', E],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'changed 第二条 → 第二条', 'unchanged 第三条 → 第三条'],
    },
    {
      name: 'renumbered and reworded: paired by content, not by number',
      old: [A, C, D, E], new: [A, B, '行政规范性文件应当经过合法性审核；未经合法性审核的，不得提交审议。', E],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'deleted 第二条 → -', 'inserted - → 第二条', 'changed 第三条 → 第三条', 'unchanged 第四条 → 第四条'],
    },
    {
      name: 'an article moved up and reworded pairs with its new number',
      old: [A, B, C, D], new: [A, '起草行政规范性文件，应当广泛深入听取各方意见。', B, D],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'inserted - → 第二条', 'renumbered 第二条 → 第三条', 'deleted 第三条 → -', 'unchanged 第四条 → 第四条'],
    },
    {
      name: 'an unrelated article in the same place is a deletion and an insertion',
      old: [A, C], new: [A, E],
      rows: ['unchanged 办法 → 办法', 'unchanged 第一条 → 第一条', 'deleted 第二条 → -', 'inserted - → 第二条'],
    },
  ])('$name', ({ old, new: next, rows }) => {
    const comparison = compareVersions(rule('办法', old), rule('办法', next));
    expect(comparison.rows.map(brief).map((r) => r.replace(/^(\w+) 办法 → 办法$/, '$1 办法 → 办法'))).toEqual(rows);
  });

  test('counts say how many of each change', () => {
    const { counts } = compareVersions(rule('办法', [A, B, D, E]), rule('办法', [A, B, C, D, E]));
    expect(counts).toEqual({ unchanged: 3, renumbered: 2, changed: 0, deleted: 0, inserted: 1 });
  });

  test('chapter headings are blocks of their own, and lines before the first node one block each', () => {
    const side: CompareSide = {
      lines: ['平凉市人民政府', '某某办法', '第一章 总则', '第一条 为了规范。', '其次一段。', '第二章 附则', '第二条 施行。'],
      nodes: [
        { kind: 'chapter', number: 1, label: '第一章', heading: '总则', line: 2 },
        { kind: 'article', number: 1, label: '第一条', heading: '为了规范。', line: 3 },
        { kind: 'chapter', number: 2, label: '第二章', heading: '附则', line: 5 },
        { kind: 'article', number: 2, label: '第二条', heading: '施行。', line: 6 },
      ],
    };
    expect(toBlocks(side)).toEqual([
      { kind: 'paragraph', label: null, text: '平凉市人民政府' },
      { kind: 'paragraph', label: null, text: '某某办法' },
      { kind: 'heading', label: '第一章', text: '第一章 总则' },
      { kind: 'article', label: '第一条', text: '第一条 为了规范。\n其次一段。' },
      { kind: 'heading', label: '第二章', text: '第二章 附则' },
      { kind: 'article', label: '第二条', text: '第二条 施行。' },
    ]);
  });

  test('a document without articles is compared paragraph by paragraph', () => {
    const rows = compareVersions({ lines: ['通知', '一、加强领导。', '二、落实责任。'], nodes: [] }, { lines: ['通知', '一、加强组织领导。', '二、落实责任。'], nodes: [] }).rows;
    expect(rows.map((r) => r.change)).toEqual(['unchanged', 'changed', 'unchanged']);
  });
});

/** Ops written compactly: [-deleted][+inserted], equal text as is. */
const marked = (ops: ReturnType<typeof diffBlocks>) => ops?.map((o) => (o.op === 'delete' ? `[-${o.text}]` : o.op === 'insert' ? `[+${o.text}]` : o.text)).join('') ?? null;

describe('character marks of a changed pair', () => {
  test.each([
    { name: 'an insertion', old: '应当听取意见。', new: '应当广泛听取意见。', marked: '应当[+广泛]听取意见。' },
    { name: 'a deletion', old: '县级以上人民政府应当加强领导。', new: '人民政府应当加强领导。', marked: '[-县级以上]人民政府应当加强领导。' },
    { name: 'a replacement', old: '所需经费列入预算。', new: '所需经费纳入预算。', marked: '所需经费[-列][+纳]入预算。' },
    { name: 'one equal character between changes joins them', old: '列入本级财政预算', new: '纳入同级政府预算', marked: '[-列入本级财政][+纳入同级政府]预算' },
    { name: 'a renumbered article marks its number', old: '第五条 施行。', new: '第六条 施行。', marked: '第[-五][+六]条 施行。' },
    { name: 'markup is text like any other', old: '<b>甲</b>', new: '<b>乙</b>', marked: '<b>[-甲][+乙]</b>' },
  ])('$name', ({ old, new: next, marked: expected }) => {
    expect(marked(diffBlocks(old, next))).toBe(expected);
  });

  test('the ops put together give back both texts', () => {
    const oldText = '县级以上人民政府应当加强对行政规范性文件制定和监督管理工作的领导，所需经费列入本级财政预算。';
    const newText = '各级人民政府应当加强对规范性文件合法性审核和备案监督工作的统一领导，将所需经费纳入同级政府预算。';
    const ops = diffBlocks(oldText, newText)!;
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(oldText);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(newText);
  });

  test('a block too long, or too different, is not marked character by character', () => {
    expect(diffBlocks('甲'.repeat(MAX_DIFF_BLOCK_CHARS + 1), '乙')).toBeNull();
    const noise = (seed: number) => Array.from({ length: 6000 }, (_, k) => String.fromCharCode(0x4e00 + ((k * seed) % 2000))).join('');
    expect(diffBlocks(noise(7), noise(13))).toBeNull();
    const comparison = compareVersions({ lines: [noise(7)], nodes: [] }, { lines: [noise(7).slice(0, 5000) + noise(13).slice(0, 1000)], nodes: [] });
    expect(comparison.rows[0]).toMatchObject({ change: 'changed' });
  });
});

test('past the budget of marked characters, further changed pairs are shown whole and counted', () => {
  const article = (k: number, word: string) => `${'行政规范性文件应当依法制定并公开发布'.repeat(40)}${word}${k}`;
  const many = (word: string): CompareSide => ({
    lines: Array.from({ length: 300 }, (_, k) => `第${k + 1}条 ${article(k, word)}`),
    nodes: Array.from({ length: 300 }, (_, k) => ({ kind: 'article' as const, number: k + 1, label: `第${k + 1}条`, heading: '', line: k })),
  });
  const { counts, cappedRows, rows } = compareVersions(many('甲'), many('乙'));
  expect(counts.changed).toBe(300);
  expect(cappedRows).toBeGreaterThan(0);
  expect(rows.filter((r) => r.change === 'changed' && r.ops === null)).toHaveLength(cappedRows);
  expect(rows[0]).toMatchObject({ change: 'changed', ops: expect.any(Array) });
});
