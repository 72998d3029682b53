import { describe, expect, it } from 'vitest';
import { docNumberCode, matchDocNumberPrefix, matchUnitName, proposeResponsibleUnits, splitIssuers, type MatchableUnit } from './units.models.js';

const unit = (id: number, name: string, extra: Partial<MatchableUnit> = {}): MatchableUnit => ({ id, name, shortName: null, aliases: [], codes: [], ...extra });

const UNITS: MatchableUnit[] = [
  unit(1, '平凉市人民政府', { shortName: '市政府', codes: ['平政'] }),
  unit(2, '平凉市人民政府办公室', { shortName: '市政府办公室', codes: ['平政办'] }),
  unit(3, '平凉市财政局', { shortName: '市财政局', codes: ['平财'] }),
  unit(4, '平凉市人力资源和社会保障局', { shortName: '市人社局', codes: ['平人社发'] }),
  unit(5, '平凉市市场监督管理局', { shortName: '市市场监管局' }),
  unit(6, '中共平凉市委员会', { shortName: '市委', codes: ['平发'] }),
  unit(7, '平凉市发展和改革委员会', { shortName: '市发展改革委', aliases: ['市发改委'], codes: ['平发改'] }),
  unit(8, '华亭市财政局', { codes: ['华财'] }),
  unit(9, '平凉市司法局', { shortName: '市司法局', active: false }),
];

describe('matchUnitName', () => {
  it.each([
    ['平凉市财政局', 3, 'the full name'],
    ['市财政局', 3, 'the short name'],
    ['市人社局', 4, 'a short name the list holds'],
    ['平凉市人社局', 4, 'a short name with the city prefix'],
    ['市发改委', 7, 'an alias'],
    ['平凉市发改委', 7, 'an alias with the city prefix'],
    ['平凉市政府', 1, '人民政府 written 政府'],
    ['市人民政府', 1, 'without the city, 人民政府 in full'],
    ['市人民政府办公室', 2, 'the government office without the city'],
    ['平凉市市场监督管理局', 5, 'a name whose rest starts with 市 (市场)'],
    ['中共平凉市委', 6, '中共 and 市委 for 市委员会'],
    ['中国共产党平凉市委员会', 6, 'the party committee in full'],
    ['平 凉 市 财 政 局', 3, 'spaces inside'],
    ['华亭市财政局', 8, 'another city of the same name rest, by its prefix'],
  ])('%s → unit %i (%s)', (written, id) => {
    expect(matchUnitName(written, UNITS)?.id).toBe(id);
  });

  it.each([
    ['宁波市财政局', 'another city'],
    ['甘肃省财政厅', 'a unit not in the list'],
    ['', 'nothing written'],
    ['财政局', 'a rest that no unit has'],
  ])('%s matches nothing (%s)', (written) => {
    expect(matchUnitName(written, UNITS)).toBeNull();
  });

  it('does not guess between two units the name fits equally', () => {
    expect(matchUnitName('市财政局', [unit(1, '平凉市财政局'), unit(2, '庆阳市财政局')])).toBeNull();
  });
});

describe('matchDocNumberPrefix', () => {
  it.each([
    ['平政办发', 2, 'the longest code wins over 平政'],
    ['平政发', 1, 'the government'],
    ['平政函', 1, 'a 函 of the government'],
    ['平财发', 3, '机关代字 plus 发'],
    ['平财', 3, 'the bare 机关代字'],
    ['平人社发', 4, 'a code written with its 发'],
    ['平发', 6, 'the party committee'],
    ['平发改', 7, 'a code that starts like another (平发)'],
    ['华财发', 8, 'another city’s unit by its own code'],
  ])('%s → unit %i (%s)', (prefix, id) => {
    expect(matchDocNumberPrefix(prefix, UNITS)?.id).toBe(id);
  });

  it.each([['甘政办发'], ['平教发'], ['平政办秘']])('%s matches nothing', (prefix) => {
    expect(matchDocNumberPrefix(prefix, UNITS)).toBeNull();
  });
});

describe('docNumberCode and splitIssuers', () => {
  it.each([
    ['平政办发〔2020〕45号', '平政办发'],
    ['平财发[2019]3号', '平财发'],
    ['平凉市人民政府令第1号', null],
  ])('%s → %s', (docNumber, code) => expect(docNumberCode(docNumber)).toBe(code));

  it('splits joint issuers written with spaces or 、', () => {
    expect(splitIssuers('平凉市财政局 平凉市人社局、 市发改委')).toEqual(['平凉市财政局', '平凉市人社局', '市发改委']);
  });
});

describe('proposeResponsibleUnits', () => {
  it.each([
    { case: 'issuer only', issuer: '平凉市财政局', docNumber: null, lead: 3, source: 'issuer', others: [] },
    { case: '机关代字 leads: 平政办发 → 市政府办公室', issuer: '平凉市人民政府办公室', docNumber: '平政办发〔2020〕45号', lead: 2, source: 'doc_number', others: [] },
    { case: 'the government issues what its office drafted', issuer: '平凉市人民政府', docNumber: '平政办发〔2020〕45号', lead: 2, source: 'doc_number', others: [] },
    { case: '机关代字 without an issuer', issuer: null, docNumber: '平财发〔2019〕3号', lead: 3, source: 'doc_number', others: [] },
    { case: '联合发文: the 机关代字 leads, the other issuers follow', issuer: '平凉市财政局 平凉市人力资源和社会保障局 平凉市发展和改革委员会', docNumber: '平财发〔2021〕7号', lead: 3, source: 'doc_number', others: [4, 7] },
    { case: '联合发文 without 文号: the first issuer leads', issuer: '平凉市人社局、平凉市财政局', docNumber: null, lead: 4, source: 'issuer', others: [3] },
    { case: 'short names with and without the city', issuer: '市财政局 平凉市发改委', docNumber: null, lead: 3, source: 'issuer', others: [7] },
    { case: 'an inactive unit is not proposed', issuer: '平凉市司法局', docNumber: null, lead: null, source: null, others: [] },
    { case: 'a unit from elsewhere', issuer: '甘肃省人民政府', docNumber: '甘政发〔2019〕1号', lead: null, source: null, others: [] },
  ])('$case', ({ issuer, docNumber, lead, source, others }) => {
    const proposal = proposeResponsibleUnits({ issuer, docNumber }, UNITS);
    expect(proposal.lead?.unitId ?? null).toBe(lead);
    expect(proposal.lead?.source ?? null).toBe(source);
    expect(proposal.others).toEqual(others);
  });

  it('names the issuers that match no unit', () => {
    expect(proposeResponsibleUnits({ issuer: '平凉市财政局 甘肃省财政厅', docNumber: null }, UNITS).unmatched).toEqual(['甘肃省财政厅']);
  });
});
