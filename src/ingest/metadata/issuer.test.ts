import { expect, test } from 'vitest';
import { isOrganName, issuerFromEvent } from './issuer.js';

test.each([
  ['2021年7月27日中华人民共和国国务院令第746号公布', '国务院'],
  ['2019年8月26日平凉市人民政府令第12号公布', '平凉市人民政府'],
  ['2001年4月28日第九届全国人民代表大会常务委员会第二十一次会议通过', '全国人民代表大会常务委员会'],
])('the authority of an event line: %s', (line, issuer) => {
  expect(issuerFromEvent(line)).toBe(issuer);
});

test.each([
  ['万载县统计局 国家统计局万载调查队', true],
  ['江西省统计局  国家统计局江西调查总队', true],
  ['广州市卫生健康委员会 广州市财政局', true],
  ['各区卫生健康局、财政局：', false],
])('isOrganName(%s)', (line, expected) => {
  expect(isOrganName(line)).toBe(expected);
});
