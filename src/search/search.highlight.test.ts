import { describe, expect, test } from 'vitest';
import { exportFileName } from './export.models.js';
import { highlightTerms, withHighlight } from './search.highlight-terms.js';
import { findOccurrences } from './search.highlight.js';

const marked = (text: string, terms: string[]) => findOccurrences(text, terms).map(([start, end]) => text.slice(start, end));

describe('findOccurrences: every place the terms stand, as the index reads them', () => {
  const cases: [text: string, terms: string[], expected: string[]][] = [
    ['水质检测每月一次，城市供水水质应当公开。', ['水质'], ['水质', '水质']],
    ['平政发〔2019〕12号', ['平政发[2019]12号'], ['平政发〔2019〕12号']],
    ['第一條 行政許可的實施', ['行政许可'], ['行政許可']],
    ['ＡＢＣ管理', ['abc'], ['ＡＢＣ']],
    // A term and a word of it overlap: one mark.
    ['优化营商环境条例', ['营商环境', '营商'], ['营商环境']],
    ['专款专用，不得挤占', ['专款专用不得挤占'], ['专款专用，不得挤占']],
    ['没有', ['营商'], []],
    ['标点', ['〔〕'], []],
  ];
  test.each(cases)('%s ← %j', (text, terms, expected) => expect(marked(text, terms)).toEqual(expected));
});

describe('highlightTerms: what a hit link asks the document page to mark', () => {
  const reading = (mode: 'verbatim' | 'words', words: string[], corrected: string | null = null) =>
    ({ mode, verbatimHits: 0, words, typeWords: [], corrected: corrected ? { query: corrected, from: '', to: '' } : null });
  test.each([
    ['城市供水 -暂行', reading('verbatim', []), ['城市供水']],
    ['济南城市市容规定', reading('words', ['济南', '城市', '市容', '市']), ['济南城市市容规定', '济南', '城市', '市容']],
    ['营商环镜', reading('verbatim', [], '营商环境'), ['营商环境']],
    ['"〔〕"', reading('verbatim', []), []],
  ] as const)('%s', (query, read, expected) => expect(highlightTerms(query, { ...read, words: [...read.words] })).toEqual(expected));

  test('the terms go before the anchor, the page kept', () => {
    expect(withHighlight('/documents/3?page=2#article-4', ['水质', 'a&b'])).toBe('/documents/3?page=2&hl=%E6%B0%B4%E8%B4%A8&hl=a%26b#article-4');
    expect(withHighlight('/documents/3', [])).toBe('/documents/3');
  });
});

test('an export file is named after what chose it, without characters a file system refuses', () => {
  expect(exportFileName('检索结果', '营商 环境', '2026-11-29', 'xlsx')).toBe('检索结果-营商 环境-2026-11-29.xlsx');
  expect(exportFileName('检索结果', '../a/b:c*?"<>|\u202e', '2026-11-29', 'csv')).toBe('检索结果-.. a b c-2026-11-29.csv');
  expect(exportFileName('文件清单', undefined, '2026-11-29', 'csv')).toBe('文件清单-2026-11-29.csv');
});
