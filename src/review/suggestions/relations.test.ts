import { describe, expect, test } from 'vitest';
import { buildRelations, titleKey, type InventoryEntry } from './relations.js';

test.each([
  ['中华人民共和国公司法', '公司法'],
  ['公司法（2018年修正）', '公司法'],
  ['平凉市城市管理办法(2019年修订)', '平凉市城市管理办法'],
  ['中華人民共和國公司法', '公司法'],
  ['宪法修正案（1988年）', '宪法修正案1988年'],
  ['企业破产法（试行）', '企业破产法试行'],
  ['平凉市 城市管理 办法', '平凉市城市管理办法'],
])('titleKey(%j) = %j', (title, key) => {
  expect(titleKey(title)).toBe(key);
});

let nextId = 1;
function entry(fields: Partial<InventoryEntry>): InventoryEntry {
  return { id: nextId++, title: '平凉市某办法', docNumber: null, issuer: null, issuedOn: null, effectiveOn: null, expiresOn: null, provisional: null, citations: [], repeals: [], ...fields };
}

describe('buildRelations', () => {
  test('versions of one title are ordered by date, and only an older one has a newer version', () => {
    const v2019 = entry({ title: '平凉市城市管理办法', issuedOn: '2019-03-05' });
    const v2015 = entry({ title: '平凉市城市管理办法', issuedOn: '2015-01-01' });
    const v2023 = entry({ title: '平凉市城市管理办法（2023年修订）', issuedOn: '2023-06-01' });
    const relations = buildRelations([v2019, v2015, v2023]);
    expect(relations.versionsOf(v2015.id).map((v) => v.id)).toEqual([v2015.id, v2019.id, v2023.id]);
    expect(relations.newerVersionOf(v2015.id)?.id).toBe(v2023.id);
    expect(relations.newerVersionOf(v2023.id)).toBeUndefined();
  });

  test('one title from two issuers is two rules, and an undated copy is no version', () => {
    const a = entry({ title: '安全生产责任制规定', issuer: '平凉市人民政府', issuedOn: '2015-01-01' });
    const b = entry({ title: '安全生产责任制规定', issuer: '庆阳市人民政府', issuedOn: '2020-01-01' });
    const undated = entry({ title: '安全生产责任制规定', issuer: '平凉市人民政府' });
    const relations = buildRelations([a, b, undated]);
    expect(relations.newerVersionOf(a.id)).toBeUndefined();
    expect(relations.newerVersionOf(undated.id)).toBeUndefined();
  });

  test('a repeal clause names older documents, never itself or something newer', () => {
    const old = entry({ title: '平凉市城市管理暂行办法', issuedOn: '2010-01-01' });
    const newer = entry({ title: '平凉市城市管理暂行办法', issuedOn: '2022-01-01' });
    const repealer = entry({ title: '平凉市城市管理办法', issuedOn: '2019-01-01', repeals: ['平凉市城市管理暂行办法', '平凉市城市管理办法'] });
    const relations = buildRelations([old, newer, repealer]);
    expect(relations.repealedBy(old.id).map((r) => r.id)).toEqual([repealer.id]);
    expect(relations.repealedBy(newer.id)).toEqual([]);
    expect(relations.repealedBy(repealer.id)).toEqual([]);
    expect(relations.repeals(repealer.id).map((r) => r.id)).toEqual([old.id]);
  });

  test('citations resolve to every version of the title cited, and show on the cited side', () => {
    const law = entry({ title: '中华人民共和国公司法', issuedOn: '2018-10-26' });
    const citing = entry({ title: '平凉市国有企业管理办法', issuedOn: '2020-01-01', citations: ['公司法', '某部不在库中的法'] });
    const relations = buildRelations([law, citing]);
    expect(relations.cites(citing.id)).toEqual([{ title: '公司法', versions: [law] }]);
    expect(relations.citedBy(law.id).map((c) => c.id)).toEqual([citing.id]);
  });
});
