import { describe, expect, test } from 'vitest';
import { findDocNumber, findOrderNumber, isDocNumberLine, normaliseDocNumber } from './doc-number.js';

describe('findDocNumber normalises every bracket to 〔〕', () => {
  test.each([
    ['平政发〔2019〕12号', '平政发〔2019〕12号'],
    ['国办发[2018]3号', '国办发〔2018〕3号'],
    ['甘政办发(2020)45号', '甘政办发〔2020〕45号'],
    ['泾政发（2021）8号', '泾政发〔2021〕8号'],
    ['静政办发【2017】102号', '静政办发〔2017〕102号'],
    ['平政发［2019］012号', '平政发〔2019〕12号'],
    ['平政发 〔2019〕 12 号', '平政发〔2019〕12号'],
    ['（2019年3月5日 平政发〔2019〕12号）', '平政发〔2019〕12号'],
    ['甘政发〔2019〕第5号', '甘政发〔2019〕5号'],
    ['根据第十二条规定', null],
  ])('%s → %s', (input, expected) => {
    expect(findDocNumber(input)).toBe(expected);
  });
});

describe('findOrderNumber', () => {
  test.each([
    ['平凉市人民政府令第12号', '平凉市人民政府令第12号'],
    ['2022年9月26日 平凉市人民政府令第18号公布', '平凉市人民政府令第18号'],
    ['中华人民共和国国务院令 第656号', '国务院令第656号'],
    ['平政发〔2019〕12号', null],
  ])('%s → %s', (input, expected) => {
    expect(findOrderNumber(input)).toBe(expected);
  });
});

test.each([
  ['平政发〔2019〕12号', true], ['签发人：张三  平政发〔2019〕12号', true], ['平政发〔2019〕12号 签发人：张三', true],
  ['根据平政发〔2019〕12号文件精神，现通知如下', false],
])('isDocNumberLine(%j) is %s', (line, expected) => {
  expect(isDocNumberLine(line)).toBe(expected);
});

test('a 文号 typed by a user in another bracket is stored in the normal form', () => {
  expect(normaliseDocNumber(' 平政发[2019]12号 ')).toBe('平政发〔2019〕12号');
  expect(normaliseDocNumber('内部文件')).toBe('内部文件');
});
