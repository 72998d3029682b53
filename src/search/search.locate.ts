import { lineStarts } from '../documents/documents.models.js';
import type { DocumentStructure } from '../documents/documents.types.js';
import { toLines } from '../text/clean-text.js';
import { buildSnippet, type Snippet } from './search.highlight.js';
import { normaliseForSearch } from '../text/search-tokenizer.js';

const NOT_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu;
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
  let searchLines: string[] | null = null;
  const lowered = searchText.toLowerCase();
  for (const term of terms) {
    const needle = wordsOnly(normaliseForSearch(term));
    if (!needle) continue;
    // Most terms stand in the text as typed: their line is found without reading every line.
    const at = lowered.indexOf(needle);
    const line = at !== -1 ? toLines(searchText.slice(0, at + 1)).length - 1
      : (searchLines ??= toLines(searchText).map((candidate) => wordsOnly(candidate.toLowerCase()))).findIndex((candidate) => candidate.includes(needle));
    if (line === -1) continue;
    // The search text has the same lines as the text: the structure's line numbers hold for both.
    const owner = structure.nodes.filter((node) => node.line <= line).at(-1);
    const offset = lineStarts(text)[line] ?? null;
    return { line, offset, article: owner?.kind === 'article' ? owner.label : null, snippet: buildSnippet(toLines(text)[line] ?? '', terms) };
  }
  return { line: null, offset: null, article: null, snippet: buildSnippet(title, terms) };
}
