import { normaliseForSearch } from '../text/search-tokenizer.js';

export type Snippet = { text: string; highlights: [start: number, end: number][] };

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Where the terms occur in a piece of text, ignoring punctuation, width, case and traditional forms as
 * the index does, and a window of the text around the first occurrence with those places marked.
 */
export function buildSnippet(text: string, terms: string[], radius = 60): Snippet {
  // Word characters of the text, normalised one by one, with where each came from.
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (WORD_CHAR.test(ch)) {
      chars.push(normaliseForSearch(ch));
      origin.push(offset);
    }
    offset += ch.length;
  }
  const haystack = chars.join('');
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = [...normaliseForSearch(term)].filter((ch) => WORD_CHAR.test(ch)).join('');
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const last = at + [...needle].length - 1;
      ranges.push([origin[at]!, origin[last]! + (text.codePointAt(origin[last]!)! > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);

  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, (ranges[0]?.[1] ?? 0) + radius * 2);
  return {
    text: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start + (start > 0 ? 1 : 0), e - start + (start > 0 ? 1 : 0)]),
  };
}
