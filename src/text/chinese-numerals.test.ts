import { describe, expect, test } from 'vitest';
import { parseChineseNumber, parseDigitByDigit, toChineseNumeral } from './chinese-numerals.js';

describe('parseChineseNumber', () => {
  test.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一百', 100], ['百', 100],
    ['一百零五', 105], ['一百一十', 110], ['一百二十三', 123], ['二百零一', 201], ['两百', 200], ['三百四十五', 345],
    ['一千零一', 1001], ['12', 12], ['〇', 0],
  ])('%s is %i', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  test.each(['', '第一', 'abc', '十a'])('%j is not a number', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('parseDigitByDigit', () => {
  test.each([['二〇一九', 2019], ['二零二三', 2023], ['一九九八', 1998], ['2019', 2019]])('%s is %i', (input, expected) => {
    expect(parseDigitByDigit(input)).toBe(expected);
  });
});

test.each([
  [1, '一'], [10, '十'], [11, '十一'], [14, '十四'], [20, '二十'], [21, '二十一'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [999, '九百九十九'],
])('toChineseNumeral(%i) = %s, and reads back', (n, numeral) => {
  expect(toChineseNumeral(n)).toBe(numeral);
  expect(parseChineseNumber(numeral)).toBe(n);
});
