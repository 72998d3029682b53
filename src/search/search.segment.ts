import { normaliseForSearch, pairsOf, runsOf } from '../text/search-tokenizer.js';

/**
 * Words that name a document's type. In a query they are a preference, not a requirement: people
 * remember the matter of a rule better than whether it is a 规定 or a 条例. Longest first.
 */
export const TYPE_WORDS = [
  '实施细则', '实施办法', '实施意见', '实施方案', '工作方案', '暂行条例', '暂行规定', '暂行办法', '修正案',
  '条例', '规定', '办法', '细则', '规则', '制度', '意见', '决定', '通知', '方案', '规划', '纲要', '公告', '通告',
  '规程', '守则', '准则', '章程', '决议', '批复', '解释', '命令', '报告', '指引', '标准', '法',
].sort((a, b) => b.length - a.length);

/** Single characters that are words of their own in titles and carry no matter (关于…的, 和, 与, 及). */
const FUNCTION_CHARACTERS = new Set([...'的和与及或对在于之等暨并']);

/** Place-name endings: a place is typed with and without them (济南 / 济南市). */
const PLACE_SUFFIXES = ['自治区', '自治州', '自治县', '省', '市', '县', '区', '州', '旗'];

/**
 * The common vocabulary of legal titles that a title list alone may not show as words (it only shows
 * them inside longer runs): what a rule does, to whom, how.
 */
const LEGAL_WORDS = [
  '管理', '监督', '检查', '保护', '促进', '保障', '处罚', '处分', '许可', '登记', '审批', '备案', '征收', '补偿',
  '实施', '执行', '办理', '规范', '加强', '建立', '健全', '完善', '推进', '防治', '预防', '治理', '安全', '应急',
  '责任', '追究', '考核', '评价', '评议', '决策', '咨询', '公开', '听证', '复议', '诉讼', '仲裁', '调解', '赔偿',
  '行政', '执法', '人民政府', '人民代表大会', '常务委员会', '国务院', '办公厅', '委员会', '机关', '单位', '企业',
  '事业单位', '社会团体', '公民', '法人', '组织', '工作', '若干', '问题', '有关', '关于', '暂行', '试行', '修订',
  '修正', '废止', '施行', '印发', '转发', '规范性文件', '城市', '农村',
];

export type Vocabulary = {
  /** Words and how many titles hold each. */
  words: Map<string, number>;
  /** Character pairs of the titles and how many titles hold each. */
  pairs: Map<string, number>;
  /** The longest word, to bound the search for words. */
  longest: number;
};

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The word-like pieces ICU's dictionary finds in a text (Chinese, letters, digits). */
export function icuWords(text: string): string[] {
  return [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The vocabulary of an inventory, from its titles (and issuers): the words ICU's dictionary finds in
 * them, places with and without their 省/市/县/区, the type words and the common legal vocabulary, and
 * every character pair the titles hold. Built once and kept while the documents do not change.
 */
export function buildVocabulary(titles: string[]): Vocabulary {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const add = (map: Map<string, number>, keys: Iterable<string>) => {
    for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const title of titles) {
    const analysed = analyseTitle(title);
    add(pairs, analysed.pairs);
    add(words, analysed.words);
  }
  for (const word of [...TYPE_WORDS, ...LEGAL_WORDS]) if (!words.has(word) && word.length >= 2) words.set(word, 0);
  const longest = Math.max(2, ...[...words.keys()].map((word) => [...word].length));
  return { words, pairs, longest: Math.min(longest, 12) };
}

const placeEnd = new RegExp(`^(\\p{Script=Han}{2,}?)(${PLACE_SUFFIXES.join('|')})$`, 'u');
/** Titles already analysed: a dictionary built again after an import analyses only the new ones. */
const analysedTitles = new Map<string, { words: string[]; pairs: string[] }>();

/** The distinct words and character pairs of one title. */
function analyseTitle(title: string): { words: string[]; pairs: string[] } {
  const known = analysedTitles.get(title);
  if (known) return known;
  const runs = runsOf(normaliseForSearch(title));
  const found: string[] = [];
  for (const run of runs) {
    const pieces = icuWords(run.join(''));
    for (const [i, piece] of pieces.entries()) {
      if ([...piece].length >= 2) found.push(piece);
      // ICU splits unknown places as 济南/市 or 平凉市 whole: either way both forms become words.
      const place = placeEnd.exec(piece);
      if (place) found.push(place[1]!);
      const next = pieces[i + 1];
      if (next && PLACE_SUFFIXES.includes(next) && [...piece].length >= 2) found.push(piece + next);
    }
  }
  const analysed = { words: [...new Set(found)], pairs: [...new Set(runs.flatMap(pairsOf))] };
  if (analysedTitles.size > 200_000) analysedTitles.clear(); // bounded: titles of one inventory fit many times over
  analysedTitles.set(title, analysed);
  return analysed;
}

/** How much each kind of piece costs a reading: known words are cheap, stray characters dear. */
const COST = { word: 1, icuWord: 1.1, titlePair: 1.3, functionCharacter: 1, character: 2.5 };

/**
 * Splits a run of characters into words: the reading with the lowest cost, where a word of the
 * vocabulary (or of ICU's dictionary) costs least, a pair that some title holds a little more, and a
 * character that is none of these the most. So a query is read in the inventory's own words:
 * 济南城市市容规定 → 济南 城市 市容 规定.
 */
export function segmentRun(text: string, vocabulary: Vocabulary): string[] {
  const chars = [...text];
  const n = chars.length;
  if (n <= 2) return [text];
  const icu = new Set(icuWords(text).filter((word) => [...word].length >= 2));
  const best: { cost: number; from: number }[] = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= n; end++) {
    best[end] = { cost: Infinity, from: -1 };
    for (let start = Math.max(0, end - vocabulary.longest); start < end; start++) {
      const piece = chars.slice(start, end).join('');
      const length = end - start;
      let cost: number;
      if (length === 1) cost = FUNCTION_CHARACTERS.has(piece) || !/\p{Script=Han}/u.test(piece) ? COST.functionCharacter : COST.character;
      else if (vocabulary.words.has(piece)) cost = COST.word;
      else if (icu.has(piece)) cost = COST.icuWord;
      else if (length === 2 && vocabulary.pairs.has(piece)) cost = COST.titlePair;
      else if (!/\p{Script=Han}/u.test(piece)) cost = COST.word; // a number or a Latin word is one word
      else continue;
      const total = best[start]!.cost + cost;
      if (total < best[end]!.cost) best[end] = { cost: total, from: start };
    }
  }
  const pieces: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) pieces.unshift(chars.slice(best[end]!.from, end).join(''));
  // Runs of digits or letters cut into single characters belong together (2018, GB).
  return pieces.reduce<string[]>((joined, piece) => {
    const last = joined.at(-1);
    if (last && /^[0-9a-z]+$/.test(last) && /^[0-9a-z]+$/.test(piece)) joined[joined.length - 1] = last + piece;
    else joined.push(piece);
    return joined;
  }, []);
}

export type QueryWords = {
  /** The words that must match (or, relaxed, most of them). */
  words: string[];
  /** A type word the query ended with: preferred, not required. */
  typeWord: string | null;
  /** Characters that are no word of the vocabulary: where a slip of the pen would be. */
  unknown: string[];
};

/**
 * A term typed without spaces read as words: segmented, the type word at its end set apart, and
 * function characters (的, 和) dropped, since they are in every title.
 */
export function readWords(term: string, vocabulary: Vocabulary): QueryWords {
  const pieces = runsOf(normaliseForSearch(term)).flatMap((run) => segmentRun(run.join(''), vocabulary));
  let typeWord: string | null = null;
  const last = pieces.at(-1);
  if (last && pieces.length > 1 && TYPE_WORDS.includes(last)) {
    typeWord = last;
    pieces.pop();
  }
  const words = pieces.filter((piece) => !FUNCTION_CHARACTERS.has(piece));
  const unknown = words.filter((word) => [...word].length === 1 && /\p{Script=Han}/u.test(word));
  return { words: words.length > 0 ? words : pieces, typeWord, unknown };
}
