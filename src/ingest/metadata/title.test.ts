import { expect, test } from 'vitest';
import { findPrintedRule, findTitle, unwrapTitle } from './title.js';

test.each([
  ['平凉市人民政府关于印发《平凉市行政规范性文件管理办法》的通知', '平凉市行政规范性文件管理办法'],
  ['泾川县人民政府关于印发泾川县农村集体经济组织财务管理办法的通知', '泾川县农村集体经济组织财务管理办法'],
  ['静宁县人民政府办公室关于转发《平凉市人民政府办公室关于做好森林防火工作的通知》的通知', '平凉市人民政府办公室关于做好森林防火工作的通知'],
  ['平凉市人民政府关于印发《甲办法》《乙办法》的通知', '《甲办法》《乙办法》'],
])('a notice issuing a rule is unwrapped: %s', (raw, title) => {
  expect(unwrapTitle(raw)).toEqual({ title, wrapperTitle: raw });
});

test('a title that issues nothing stays as it is', () => {
  expect(unwrapTitle('平凉市人民政府关于加强政务公开工作的通知')).toEqual({ title: '平凉市人民政府关于加强政务公开工作的通知', wrapperTitle: null });
});

test.each([
  [['平凉市人民政府关于印发《平凉市行政规范性文件', '管理办法》的通知', '各县：'], '平凉市人民政府关于印发《平凉市行政规范性文件管理办法》的通知', 2],
  [['平凉市城市绿化管理', '办法', '第一条 为了……'], '平凉市城市绿化管理办法', 2],
  [['平凉市城市绿化管理办法', '（2020年6月18日 平政发〔2020〕35号）'], '平凉市城市绿化管理办法', 1],
  [['# 中华人民共和国国防教育法', '2001年4月28日 通过'], '中华人民共和国国防教育法', 1],
  [['《平凉市城市供水管理办法》已经2019年8月26日市政府第', '45次常务会议审议通过'], '平凉市城市供水管理办法', 1],
])('findTitle(%j)', (lines, title, nextLine) => {
  expect(findTitle(lines, 0)).toEqual({ title, nextLine });
});

test('a first line that is a sentence is no title', () => {
  expect(findTitle(['为了规范管理，制定本办法。'], 0)).toBeNull();
});

test.each([
  [['中国银保监会江苏监管局关于', '印发江苏保险专业中介机构', '分类监管暂行办法的通知', '苏银保监规〔2023〕1号'], '中国银保监会江苏监管局关于印发江苏保险专业中介机构分类监管暂行办法的通知', 3],
  [['平凉市人民政府关于印发', '《平凉市城市绿化', '管理办法》的通知', '各县：'], '平凉市人民政府关于印发《平凉市城市绿化管理办法》的通知', 3],
  [['平凉市城市绿化管理', '平凉市人民政府', '2020年1月1日'], '平凉市城市绿化管理', 1],
  [['江西省2022年国民经济和社会发展统计公报[1]', '江西省统计局'], '江西省2022年国民经济和社会发展统计公报', 1],
])('a title set over several lines is joined only when it reaches a document type: %j', (lines, title, nextLine) => {
  expect(findTitle(lines, 0)).toEqual({ title, nextLine });
});

test.each([
  [['通知正文。', '扬州市银行业金融机构高管人员', '履职监管评价办法(试行)', '第一条 ……'], '扬州市银行业金融机构高管人员履职监管评价办法（试行）', '扬州市银行业金融机构高管人员履职监管评价办法(试行)'],
  [['通知正文。', '关于推进家庭医生签约服务实施方案', '一、总体要求'], '推进家庭医生签约服务实施方案', '关于推进家庭医生签约服务实施方案'],
  [['现将《平凉市绿化办法》印发给你们。', '附：平凉市绿化办法'], '平凉市绿化办法', null],
  [['请遵照执行。', '平凉市人民政府', '2020年1月1日'], '平凉市绿化办法', null],
])('the rule a notice issues, as printed in the same file: %j', (lines, rule, printed) => {
  expect(findPrintedRule(lines, 0, rule)).toBe(printed);
});
