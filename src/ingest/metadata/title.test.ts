import { expect, test } from 'vitest';
import { findTitle, unwrapTitle } from './title.js';

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
