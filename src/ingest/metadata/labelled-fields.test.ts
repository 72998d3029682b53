import { expect, test } from 'vitest';
import { splitDatabaseHeader } from './labelled-fields.js';

test('a 北大法宝 export: header lines and the field block are read as hints, not as text', () => {
  const lines = [
    '【法宝引证码】CLI.12.5115678', '原文链接：https://www.pkulaw.com/lar/abc.html', '平凉市城市绿化管理办法',
    '发布部门：平凉市人民政府', '发文字号：平政发〔2020〕35号', '发布日期：2020.06.18', '实施日期：2020.07.01', '时效性：现行有效',
    '效力位阶：地方规范性文件', '法规类别：城市绿化', '平凉市城市绿化管理办法', '第一条 为了……',
  ];
  const { lines: rest, fields } = splitDatabaseHeader(lines);
  expect(rest).toEqual(['平凉市城市绿化管理办法', '平凉市城市绿化管理办法', '第一条 为了……']);
  expect(fields).toEqual({
    issuer: { value: '平凉市人民政府', source: 'database_header', detail: '发布部门' },
    docNumber: { value: '平政发〔2020〕35号', source: 'database_header', detail: '发文字号' },
    issuedOn: { value: '2020-06-18', source: 'database_header', detail: '发布日期' },
    effectiveOn: { value: '2020-07-01', source: 'database_header', detail: '实施日期' },
  });
});

test('a text without a database header stays as it is', () => {
  const lines = ['平凉市城市绿化管理办法', '发布日期：2020年6月18日', '第一条 为了……'];
  expect(splitDatabaseHeader(lines)).toEqual({ lines, fields: {} });
});
