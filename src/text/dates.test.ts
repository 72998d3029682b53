import { describe, expect, test } from 'vitest';
import { endOfYears, findDate, isDateLine } from './dates.js';

describe('findDate', () => {
  test.each([
    ['2019年3月5日', '2019-03-05'],
    ['二〇一九年三月五日', '2019-03-05'],
    ['二零二零年十二月三十一日', '2020-12-31'],
    ['二〇一六年六月二十八日', '2016-06-28'],
    ['于 2019 年 4 月 1 日起', '2019-04-01'],
    ['2019年2月30日', null],
    ['2019年13月1日', null],
    ['三月五日', null],
  ])('%s → %s', (input, expected) => {
    expect(findDate(input)).toBe(expected);
  });
});

describe('isDateLine', () => {
  test.each([
    ['2019年3月5日', true], ['二〇一九年三月五日', true], [' 2019年3月5日 ', true],
    ['2019年3月5日起施行', false], ['（2019年3月5日 平政发〔2019〕12号）', false],
  ])('%j → %s', (input, expected) => {
    expect(isDateLine(input)).toBe(expected);
  });
});

describe('endOfYears: a validity period ends the day before its anniversary', () => {
  test.each([
    ['2019-04-01', 5, '2024-03-31'],
    ['2019-01-01', 1, '2019-12-31'],
    ['2020-02-29', 1, '2021-02-28'],
    ['2020-03-01', 2, '2022-02-28'],
  ])('%s + %i years → %s', (start, years, expected) => {
    expect(endOfYears(start, years)).toBe(expected);
  });
});
