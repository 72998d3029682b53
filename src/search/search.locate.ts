import type { DocumentStructure } from '../documents/documents.types.js';
import { buildSnippet, type Snippet } from './search.highlight.js';
import { normaliseForSearch } from '../text/search-tokenizer.js';

const NOT_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu;
/** What may stand between the characters of a term in a line: anything but a character of a word or a line break. */
const BETWEEN_CHARACTERS = '[^\\p{Script=Han}\\p{L}\\p{N}\\r\\n]*';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOnly = (text: string) => text.replace(NOT_WORD, '');

/** `offset`: where the hit's line starts in the text, which tells the page of a long text that shows it. */
export type HitLocation = { line: number | null; offset: number | null; article: string | null; snippet: Snippet };

/**
 * Where in a document the terms matched: the first line holding the first term that any line holds (as
 * the index reads it: simplified, folded, punctuation aside), the article that line belongs to, and the
 * line with the terms marked. A match only in the title block gives no line.
 */
export function locateHit({ text, searchText, structure, terms, title }: {
  text: string; searchText: string; structure: DocumentStructure; terms: string[]; title: string;
}): HitLocation {
  const lowered = searchText.toLowerCase();
  for (const term of terms) {
    const needle = wordsOnly(normaliseForSearch(term));
    if (!needle) continue;
    // Most terms stand in the text as typed; the others with punctuation or spaces between their characters, within a line.
    let at = lowered.indexOf(needle);
    if (at === -1) at = lowered.search(new RegExp([...needle].map(escapeRegExp).join(BETWEEN_CHARACTERS), 'u'));
    if (at === -1) continue;
    const line = linesBefore(searchText, at);
    // The search text has the same lines as the text: the structure's line numbers hold for both.
    const owner = structure.nodes.filter((node) => node.line <= line).at(-1);
    const found = nthLine(text, line);
    return { line, offset: found?.offset ?? null, article: owner?.kind === 'article' ? owner.label : null, snippet: buildSnippet(found?.text ?? '', terms) };
  }
  return { line: null, offset: null, article: null, snippet: buildSnippet(title, terms) };
}

const LINE_BREAK = /\r\n|\r|\n/g;
const NOT_BLANK = /[^\s\u00a0]/;

/** Lines as `toLines` counts them (blank lines are not lines), walked from the start until `stop` says so. */
function walkLines(text: string, stop: (start: number, end: number, index: number) => boolean): void {
  LINE_BREAK.lastIndex = 0;
  for (let start = 0, index = 0; ;) {
    const match = LINE_BREAK.exec(text);
    const end = match ? match.index : text.length;
    if (NOT_BLANK.test(text.slice(start, end))) {
      if (stop(start, end, index)) return;
      index++;
    }
    if (!match) return;
    start = match.index + match[0].length;
  }
}

/** The index, as `toLines` counts, of the line holding `position` (a hit: its line is never blank). */
export function linesBefore(text: string, position: number): number {
  let line = 0;
  walkLines(text, (_start, end, index) => {
    line = index;
    return end > position;
  });
  return line;
}

/** The `n`th line as `toLines` gives it (trimmed), with where it starts in the text (as `lineStarts` says). */
export function nthLine(text: string, n: number): { offset: number; text: string } | null {
  let found: { offset: number; text: string } | null = null;
  walkLines(text, (start, end, index) => {
    if (index < n) return false;
    found = { offset: start, text: text.slice(start, end).replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '') };
    return true;
  });
  return found;
}
