import { expect, test } from 'vitest';
import { buildRelations, type InventoryEntry } from './relations.js';
import { suggestFor, type ReasonCode } from './suggestion-rules.js';

const options = { today: '2026-11-27', provisionalMaxYears: 3, duplicateAbolishSimilarity: 0.95 };

function entry(id: number, fields: Partial<InventoryEntry>): InventoryEntry {
  return { id, title: `文件${id}`, docNumber: null, issuer: null, issuedOn: '2020-01-01', effectiveOn: null, expiresOn: null, provisional: null, citations: [], repeals: [], ...fields };
}

type Case = {
  name: string;
  /** Document 1 is the one judged. */
  inventory: Partial<InventoryEntry>[];
  abolished?: number[];
  duplicates?: [number, number, number][];
  category: 'keep' | 'improve' | 'abolish';
  codes: ReasonCode[];
  related?: number[];
};

test.each<Case>([
  { name: 'nothing against it', inventory: [{}], category: 'keep', codes: [] },
  { name: 'a newer version of its title', inventory: [{ title: '平凉市城市管理办法', issuedOn: '2015-01-01' }, { title: '平凉市城市管理办法', issuedOn: '2021-05-01' }], category: 'abolish', codes: ['superseded'], related: [2] },
  { name: 'it is the newest version', inventory: [{ title: '平凉市城市管理办法', issuedOn: '2021-05-01' }, { title: '平凉市城市管理办法', issuedOn: '2015-01-01' }], category: 'keep', codes: [] },
  { name: 'another document repeals it', inventory: [{ title: '平凉市城市管理暂行办法', issuedOn: '2024-01-01' }, { title: '平凉市城乡管理条例', issuedOn: '2025-01-01', repeals: ['平凉市城市管理暂行办法'] }], category: 'abolish', codes: ['repealed'], related: [2] },
  { name: 'its validity period ended', inventory: [{ expiresOn: '2025-12-31' }], category: 'abolish', codes: ['expired'] },
  { name: 'its validity period runs on', inventory: [{ expiresOn: '2027-12-31' }], category: 'keep', codes: [] },
  { name: 'it cites an abolished document', inventory: [{ citations: ['平凉市旧办法'] }, { title: '平凉市旧办法', issuedOn: '2010-01-01' }], abolished: [2], category: 'improve', codes: ['cites_invalid'], related: [2] },
  { name: 'it cites a document that expired', inventory: [{ citations: ['平凉市旧办法'] }, { title: '平凉市旧办法', issuedOn: '2010-01-01', expiresOn: '2015-01-01' }], category: 'improve', codes: ['cites_invalid'] },
  { name: 'it cites a law amended after it was written', inventory: [{ issuedOn: '2019-01-01', citations: ['中华人民共和国公司法'] }, { title: '中华人民共和国公司法', issuedOn: '2018-10-26' }, { title: '中华人民共和国公司法', issuedOn: '2023-12-29' }], category: 'improve', codes: ['cites_invalid'], related: [3] },
  { name: 'it cites the law as it still stands', inventory: [{ issuedOn: '2024-06-01', citations: ['公司法'] }, { title: '中华人民共和国公司法', issuedOn: '2018-10-26' }, { title: '中华人民共和国公司法', issuedOn: '2023-12-29' }], category: 'keep', codes: [] },
  { name: 'interim for longer than allowed', inventory: [{ provisional: 'interim', issuedOn: '2020-01-01' }], category: 'improve', codes: ['provisional_aged'] },
  { name: 'on trial for less than allowed', inventory: [{ provisional: 'trial', issuedOn: '2024-12-01' }], category: 'keep', codes: [] },
  { name: 'largely repeats a newer document', inventory: [{ issuedOn: '2018-01-01' }, { issuedOn: '2021-01-01' }], duplicates: [[1, 2, 0.97]], category: 'abolish', codes: ['near_duplicate'], related: [2] },
  { name: 'overlaps another document: merge', inventory: [{ issuedOn: '2018-01-01' }, { issuedOn: '2021-01-01' }], duplicates: [[1, 2, 0.85]], category: 'improve', codes: ['near_duplicate'] },
  { name: 'another version is no duplicate', inventory: [{ title: '平凉市城市管理办法', issuedOn: '2015-01-01' }, { title: '平凉市城市管理办法', issuedOn: '2021-05-01' }], duplicates: [[1, 2, 0.9]], category: 'abolish', codes: ['superseded'] },
  { name: 'abolish wins over improve, and every reason is kept', inventory: [{ provisional: 'trial', issuedOn: '2015-01-01', expiresOn: '2018-01-01' }], category: 'abolish', codes: ['expired', 'provisional_aged'] },
])('$name', ({ inventory, abolished = [], duplicates = [], category, codes, related }) => {
  const entries = inventory.map((fields, i) => entry(i + 1, fields));
  const nearDuplicates = new Map<number, { id: number; similarity: number }[]>();
  for (const [a, b, similarity] of duplicates) {
    nearDuplicates.set(a, [...(nearDuplicates.get(a) ?? []), { id: b, similarity }]);
    nearDuplicates.set(b, [...(nearDuplicates.get(b) ?? []), { id: a, similarity }]);
  }
  const suggestion = suggestFor(entries[0]!, { relations: buildRelations(entries), abolishedIds: new Set(abolished), nearDuplicates }, options);
  expect(suggestion.category).toBe(category);
  expect(suggestion.reasons.map((r) => r.code)).toEqual(codes);
  for (const reason of suggestion.reasons) expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
  if (related) expect(suggestion.reasons[0]!.relatedIds).toEqual(related);
});
