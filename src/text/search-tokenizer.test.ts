import { expect, test } from 'vitest';
import { parseQuery, toFtsPhrase, verbatimPattern, withoutOpenEnd } from '../search/search.query.js';
import { buildSnippet } from '../search/search.highlight.js';
import { normaliseForSearch, toIndexText, tokenize } from './search-tokenizer.js';

test.each([
  ['平凉市', ['平凉', '凉市', '市$']],
  ['市', ['市$']],
  ['平政发〔2019〕12号', ['平政', '政发', '发$', '20', '01', '19', '9$', '12', '2号', '号$']],
  ['GB/T 9704', ['gb', 'b$', 't$', '97', '70', '04', '4$']],
  ['3月', ['3月', '月$']],
])('tokenize(%j) pairs the characters of each run and marks its end', (text, expected) => {
  expect(tokenize(normaliseForSearch(text))).toEqual(expected);
});

test.each([
  ['學習實踐', '学习实践'],
  ['ＧＢ／Ｔ　９７０４', 'gb/t 9704'],
  ['學(xué)習(xí)', '学习'],
])('normaliseForSearch(%j) folds script, width and case', (text, expected) => {
  expect(normaliseForSearch(text)).toBe(expected);
});

test('any bracket of a 文号 indexes and queries alike', () => {
  const indexed = toIndexText(normaliseForSearch('平政发〔2019〕12号'));
  for (const typed of ['平政发[2019]12号', '平政发（2019）12号', '平政发【2019】12号', '平政发(2019)12号']) {
    expect(toIndexText(normaliseForSearch(typed))).toBe(indexed);
    expect(toFtsPhrase(typed)).toBe(toFtsPhrase('平政发〔2019〕12号'));
  }
});

test.each([
  ['行政 规范性', { include: ['行政', '规范性'], exclude: [], quoted: [] }],
  ['"制定 本办法" -暂行', { include: ['制定 本办法'], exclude: ['暂行'], quoted: ['制定 本办法'] }],
  ['“中文引号” 词', { include: ['中文引号', '词'], exclude: [], quoted: ['中文引号'] }],
])('parseQuery(%j)', (input, expected) => {
  expect(parseQuery(input)).toEqual(expected);
});

test.each([
  ['制定本办法', '"制定 定本 本办 办法"'],
  ['平政发[2019]12号', '"平政 政发 发$" + "20 01 19 9$" + "12 2号"'],
  ['法。第二条', '"法$" + "第二 二条"'],
  ['办法，第', '"办法 法$" + "第" *'],
  ['市', '"市" *'],
  ['条例（2）', '"条例 例$" + "2$"'],
  ['制定本办法。', '"制定 定本 本办 办法 法$"'],
  ['。，', null],
])('toFtsPhrase(%j)', (input, expected) => {
  expect(toFtsPhrase(input)).toBe(expected);
});

test('a snippet marks the terms where the text has them in another form, and keeps the original text', () => {
  const snippet = buildSnippet('第三条　平涼市人民政府（平政发〔2019〕12號）負責實施。', ['平凉市人民政府', '平政发[2019]12']);
  const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));
  expect(marked).toEqual(['平涼市人民政府', '平政发〔2019〕12']);
});

test.each([
  ['专款专用，不', '"专款 款专 专用 用$"', '专款专用，不得挤占', '专款专用，得'],
  ['1 2', '"1$"', '第1、2项', '第1、3项'],
  ['制定本办法', null, '制定本办法', '制定本规定'],
])('withoutOpenEnd(toFtsPhrase(%j)) narrows, and verbatimPattern checks the lone end', (term, narrowed, holds, lacks) => {
  expect(withoutOpenEnd(toFtsPhrase(term)!)).toBe(narrowed);
  expect(verbatimPattern(term).test(normaliseForSearch(holds))).toBe(true);
  expect(verbatimPattern(term).test(normaliseForSearch(lacks))).toBe(false);
});
