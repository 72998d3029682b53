import { expect, test } from 'vitest';
import { correctionCandidates } from './search.correct.js';
import { buildSearchDictionary } from './search.dictionary.js';
import { readWords } from './search.segment.js';
import { firstInOrder, rankCandidates } from './search.usecases.js';

const dictionary = buildSearchDictionary([
  '济南市城市市容管理条例', '宁波市人民调解条例', '优化营商环境条例', '平凉市城市供水管理办法', '消耗臭氧层物质管理条例',
  '庄浪县梯田保护管理规则（试行）',
]);

test.each([
  ['济南城市市容规定', ['济南', '城市', '市容'], '规定'],
  ['济南市容', ['济南', '市容'], null],
  ['宁波人民调解规定', ['宁波', '人民', '调解'], '规定'],
  ['优化营商环境条例', ['优化', '营商', '环境'], '条例'],
  ['庄浪梯田保护', ['庄浪', '梯田', '保护'], null],
  ['平凉市的供水和管理', ['平凉市', '供水', '管理'], null],
])('readWords(%j) reads the words of the titles', (query, words, typeWord) => {
  const read = readWords(query, dictionary);
  expect(read.words).toEqual(words);
  expect(read.typeWord).toBe(typeWord);
});

test.each([
  ['优化营商环镜', '优化营商环境'],
  ['物质管影条例', '物质管理条例'],
  ['宁波人民调解条列', '宁波人民调解条例'],
  ['城市供水管哩办法', '城市供水管理办法'],
])('correctionCandidates(%j) puts the slip of the pen right first', (query, corrected) => {
  expect(correctionCandidates(query, dictionary)[0]?.text).toBe(corrected);
});

test.each([
  ['城市供水管理办法'],
  ['济南市城市市容'],
  ['不存在'],
  ['鑫'],
])('correctionCandidates(%j) finds nothing to correct when every pair is in the titles', (query) => {
  expect(correctionCandidates(query, dictionary)).toEqual([]);
});

const candidate = (name: string, tier: number, titleShare: number, typeMatch = false, score = 0, exactTitle = false) => ({ name, tier, titleShare, typeMatch, score, weight: 0, exactTitle });
test.each([
  ['a verbatim hit ranks before a reading that names a title', [candidate('words', 1, 1), candidate('verbatim', 0, 0)], ['verbatim', 'words']],
  ['all words before most of them', [candidate('most', 2, 1), candidate('all', 1, 0.5)], ['all', 'most']],
  ['the words in the title before the words in the body', [candidate('body', 1, 0, false, 9), candidate('title', 1, 1, false, 1)], ['title', 'body']],
  ['the exact type before another type', [candidate('条例', 1, 1, false, 9), candidate('规定', 1, 1, true, 1)], ['规定', '条例']],
  ['the title itself before a longer one', [candidate('修正案', 0, 1, false, 9), candidate('刑法', 0, 1, false, 1, true)], ['刑法', '修正案']],
])('rankCandidates: %s', (_name, candidates, expected) => {
  expect(rankCandidates(candidates).map((c) => c.name)).toEqual(expected);
});

test.each([[0], [3], [10], [1000]])('firstInOrder picks the first %i as a stable sort would', (count) => {
  let seed = 7;
  const items = Array.from({ length: 500 }, (_, i) => ({ i, key: (seed = (seed * 48271) % 2147483647) % 20 }));
  const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
  expect(firstInOrder(items, count, compare)).toEqual([...items].sort(compare).slice(0, count));
});
