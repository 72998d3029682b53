import { describe, expect, test } from 'vitest';
import { findDocType, findKind, findLevel, findProvisional } from './classification.js';

describe('findDocType reads the title suffix', () => {
  test.each([
    ['平凉市行政规范性文件管理办法', '办法'],
    ['平凉市城乡居民医疗保险实施办法', '办法'],
    ['广州市家庭医生签约服务工作方案', '方案'],
    ['崆峒区重大行政决策程序实施细则', '实施细则'],
    ['庄浪县梯田保护管理规则（试行）', '规则'],
    ['平凉市城区建筑垃圾管理暂行办法', '办法'],
    ['平凉市城乡容貌和环境卫生治理条例', '条例'],
    ['关于加快发展现代物流业的意见', '意见'],
    ['平凉市人民政府关于表彰先进单位的决定', '决定'],
    ['平凉市政务服务中心窗口工作人员管理制度', '制度'],
    ['中华人民共和国国防教育法', '法'],
    ['平凉市城市供水管理办法(2019年修订)', '办法'],
    ['会议纪要汇编', null],
  ])('%s → %s', (title, expected) => {
    expect(findDocType(title)).toBe(expected);
  });
});

test.each([
  ['平凉市城区建筑垃圾管理暂行办法', 'interim'], ['庄浪县梯田保护管理规则（试行）', 'trial'], ['平凉市城市绿化管理办法', null],
])('findProvisional(%s) is %s', (title, expected) => {
  expect(findProvisional(title)).toBe(expected);
});

describe('findLevel', () => {
  test.each([
    [{ title: '中华人民共和国国防教育法', issuer: '全国人民代表大会常务委员会', docType: '法', docNumber: null }, '法律'],
    [{ title: '不动产登记暂行条例', issuer: '国务院', docType: '条例', docNumber: '中华人民共和国国务院令第656号' }, '行政法规'],
    [{ title: '某条例', issuer: '平凉市人民代表大会常务委员会', docType: '条例', docNumber: null }, '地方性法规'],
    [{ title: '平凉市城市供水管理办法', issuer: '平凉市人民政府', docType: '办法', docNumber: '平凉市人民政府令第12号' }, '规章'],
    [{ title: '平凉市城市绿化管理办法', issuer: null, docType: '办法', docNumber: '平政发〔2020〕35号' }, '规范性文件'],
    [{ title: '平凉市司法局机关公文处理制度', issuer: '平凉市司法局', docType: '制度', docNumber: null }, '内部制度'],
    [{ title: '关于规范机关公务接待工作的规定', issuer: '灵台县财政局', docType: '规定', docNumber: null }, null],
  ])('%o → %s', (input, expected) => {
    expect(findLevel(input)).toBe(expected);
  });
});

test.each([
  [{ title: '万载县2015年国民经济和社会发展统计公报', isWebPage: true, docNumber: null, signed: false }, 'statistics'],
  [{ title: '平凉市城市绿化管理办法', isWebPage: true, docNumber: null, signed: false }, 'official'],
  [{ title: '关于受理人才公寓申请的公告', isWebPage: true, docNumber: null, signed: true }, 'official'],
  [{ title: '残疾人两项补贴2026年发放标准', isWebPage: true, docNumber: null, signed: false }, 'news'],
  [{ title: '2025年度积分制入户工作热点13问', isWebPage: true, docNumber: null, signed: false }, 'qa'],
  [{ title: '高校毕业生创业补贴，请查收', isWebPage: true, docNumber: null, signed: false }, 'guide'],
  [{ title: '小学招生5月7日起网上报名！招生工作细则公布', isWebPage: true, docNumber: null, signed: false }, 'news'],
  [{ title: '平凉市人民政府办公室关于开展检查的通知', isWebPage: true, docNumber: '平政办发〔2020〕1号', signed: false }, 'official'],
  [{ title: '会议纪要摘登', isWebPage: false, docNumber: null, signed: false }, 'official'],
])('findKind(%j) is %s', (input, kind) => {
  expect(findKind(input)).toBe(kind);
});
