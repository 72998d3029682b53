import { expect, test } from 'vitest';
import { findBracketedTitles, findCitations, findRepeals } from './citations.js';

test('bracketed titles are read outermost only, with nested brackets kept inside', () => {
  expect(findBracketedTitles('根据《关于修改〈中华人民共和国土地管理法〉的决定》和《城市绿化条例》')).toEqual([
    '关于修改〈中华人民共和国土地管理法〉的决定', '城市绿化条例',
  ]);
});

test('an unclosed bracket does not swallow the following paragraphs', () => {
  expect(findBracketedTitles('引用《未闭合的标题\n下一段《完整标题》')).toEqual(['完整标题']);
});

test('citations leave out the document\'s own titles and repeat no title', () => {
  expect(findCitations('现将《甲办法》印发。根据《乙条例》《乙条例》制定。', ['甲办法', null])).toEqual(['乙条例']);
});

test.each([
  ['本办法自2019年4月1日起施行。《平凉市规范性文件管理暂行办法》（平政发〔2012〕8号）同时废止。', ['平凉市规范性文件管理暂行办法']],
  ['《甲》（平政发〔2014〕33号）、《乙》（平政办发〔2016〕12号）同时废止', ['甲', '乙']],
  ['一、《丙暂行办法》《丁暂行办法》予以废止。二、对《戊规定》作出修改。', ['丙暂行办法', '丁暂行办法']],
  ['根据《甲》制定本办法。本办法自发布之日起施行。', []],
])('findRepeals(%j)', (text, expected) => {
  expect(findRepeals(text)).toEqual(expected);
});
