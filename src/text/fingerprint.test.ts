import { expect, test } from 'vitest';
import { normaliseForSearch } from './search-tokenizer.js';
import { findNearDuplicates, fingerprintOf as fingerprintOfSearchText, similarityOf } from './fingerprint.js';

const fingerprintOf = (text: string) => fingerprintOfSearchText(normaliseForSearch(text));

const base = Array.from({ length: 40 }, (_, i) => `第${i + 1}条 各县区人民政府应当加强第${i + 1}项工作的组织领导，落实责任，确保取得实效。`).join('\n');
const other = Array.from({ length: 40 }, (_, i) => `第${i + 1}条 市场监督管理部门依法对第${i + 1}类经营行为实施监督检查并公开结果。`).join('\n');

test('identical texts have similarity 1, unrelated texts near 0, a lightly edited copy stays high', () => {
  const a = fingerprintOf(base)!;
  expect(similarityOf(a, fingerprintOf(base)!)).toBe(1);
  expect(similarityOf(a, fingerprintOf(other)!)).toBeLessThan(0.1);
  const edited = base.replace('第3条', '第三条').replace('确保取得实效', '务求实效');
  expect(similarityOf(a, fingerprintOf(edited)!)).toBeGreaterThan(0.85);
});

test('traditional characters and full-width digits read as their simplified, half-width forms', () => {
  expect(similarityOf(fingerprintOf(base)!, fingerprintOf(base.replace(/县区/g, '縣區').replace(/1/g, '１'))!)).toBe(1);
});

test('a text too short to compare has no fingerprint', () => {
  expect(fingerprintOf('本办法自发布之日起施行。')).toBeNull();
});

test('near-duplicate pairs are found among many documents, and only those', () => {
  const signatures = new Map<number, Uint32Array>();
  for (let i = 0; i < 30; i++) signatures.set(i, fingerprintOf(`${other}\n附件${i}：${'甲乙丙丁戊己庚辛壬癸'.repeat(3)}${i}号文件说明${i * 7919}`.replace(/类/g, i % 2 ? '类' : '种'))!);
  signatures.set(100, fingerprintOf(base)!);
  signatures.set(101, fingerprintOf(base.replace('确保取得实效', '务求实效'))!);
  const pairs = findNearDuplicates(signatures, 0.8, 50);
  expect(pairs).toContainEqual(expect.objectContaining({ a: 100, b: 101 }));
  expect(pairs.every(({ a, b }) => (a >= 100) === (b >= 100))).toBe(true);
});
