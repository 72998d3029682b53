import { normaliseForSearch } from '../text/search-tokenizer.js';

export type Snippet = { text: string; highlights: [start: number, end: number][] };

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Characters folded as the index folds them ('' for punctuation and spaces), remembered: a page has a few thousand distinct ones. */
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = WORD_CHAR.test(ch) ? normaliseForSearch(ch) : '';
    if (foldedChars.size > 100_000) foldedChars.clear();
    foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * Where the terms occur in a piece of text, ignoring punctuation, width, case and traditional forms as the
 * index does: ranges of the text, in order, overlapping ones (a term and a word of it) merged.
 */
export function findOccurrences(text: string, terms: string[]): [start: number, end: number][] {
  return occurrenceFinder(terms)(text);
}

/** findOccurrences for many texts (the lines of a page), the terms folded once. */
export function occurrenceFinder(terms: string[]): (text: string) => [start: number, end: number][] {
  const needles = [...new Set(terms.map((term) => [...normaliseForSearch(term)].filter((ch) => WORD_CHAR.test(ch)).join('')).filter(Boolean))];
  return (text) => (needles.length === 0 ? [] : occurrencesOf(text, needles));
}

function occurrencesOf(text: string, needles: string[]): [start: number, end: number][] {
  // Word characters of the text, each folded alone (as a snippet always was), with where each came from.
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    if (folded) {
      chars.push(folded);
      origin.push(offset);
    }
    offset += ch.length;
  }
  const haystack = chars.join('');
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const last = at + [...needle].length - 1;
      ranges.push([origin[at]!, origin[last]! + (text.codePointAt(origin[last]!)! > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A window of the text around the first occurrence of the terms, with the occurrences in it marked. */
export function buildSnippet(text: string, terms: string[], radius = 60): Snippet {
  const ranges = findOccurrences(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, (ranges[0]?.[1] ?? 0) + radius * 2);
  return {
    text: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start + (start > 0 ? 1 : 0), e - start + (start > 0 ? 1 : 0)]),
  };
}
