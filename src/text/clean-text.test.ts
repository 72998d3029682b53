import { describe, expect, test } from 'vitest';
import { foldAlphanumerics, foldWidth, normaliseForMatching, removePinyinAnnotations, toLines } from './clean-text.js';

describe('removePinyinAnnotations', () => {
  test.each([
    ['學(xué)習(xí)實(shí)踐', '學習實踐'],
    ['平涼(liáng)市', '平涼市'],
    ['發(fā)展觀(guān)', '發展觀'],
    ['部門(mén)', '部門'],
    ['现(de)在', '现在'],
    ['附件(a)的表', '附件(a)的表'],
    ['GB/T 9704(2012)', 'GB/T 9704(2012)'],
    ['办法（试行）', '办法（试行）'],
  ])('%s → %s', (input, expected) => {
    expect(removePinyinAnnotations(input)).toBe(expected);
  });
});

test('foldWidth folds full-width letters, digits, punctuation and the ideographic space', () => {
  expect(foldWidth('ＧＢ／Ｔ　９７０４（２０１２）：')).toBe('GB/T 9704(2012):');
});

test('foldAlphanumerics keeps Chinese punctuation as written', () => {
  expect(foldAlphanumerics('平政发〔２０１９〕１２号（试行）：')).toBe('平政发〔2019〕12号（试行）：');
});

test('normaliseForMatching folds traditional to simplified and keeps lines where they were', () => {
  const { readable, searchText } = normaliseForMatching('平涼市人民政府辦公室\n學(xué)習(xí)　２０１９年');
  expect(readable).toBe('平凉市人民政府办公室\n学习 2019年');
  expect(searchText.split('\n')).toHaveLength(2);
});

test('toLines trims lines and drops empty ones', () => {
  expect(toLines('  第一条\r\n\r\n　　第二条　\n')).toEqual(['第一条', '第二条']);
});
