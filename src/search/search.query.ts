import { normaliseForSearch, pairsOf, RUN_END, runsOf } from '../text/search-tokenizer.js';

/** `quoted` holds the included terms written in quotes: those are matched as written, never read as words. */
export type ParsedQuery = { include: string[]; exclude: string[]; quoted: string[] };

/**
 * Splits what a user typed into terms: words separated by spaces must all match (AND), "a quoted phrase"
 * must match as written, and -word excludes. Each term is matched as a phrase of its tokens.
 */
export function parseQuery(input: string): ParsedQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  const quoted: string[] = [];
  for (const match of input.matchAll(/(-?)(?:"([^"]*)"|“([^”]*)”|(\S+))/g)) {
    const term = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (!term) continue;
    (match[1] === '-' ? exclude : include).push(term);
    if (match[1] !== '-' && match[4] === undefined) quoted.push(term);
  }
  return { include, exclude, quoted };
}

/**
 * One term as an FTS5 phrase over the index's tokens. The first run of a term may have been cut from a
 * longer run of the document, and so may the last: they match pairs only, and a first run of one
 * character matches as the end of a run. A run with punctuation on both sides is whole, end mark
 * included; so is the last run when the term ends with punctuation (`…（2）`: the 2 is the whole run).
 * Otherwise the last run, when it is one character, is a prefix: the start of a pair or of an end.
 * Returns null for a term with nothing searchable in it (only punctuation).
 */
export function toFtsPhrase(term: string): string | null {
  const normalised = normaliseForSearch(term).trim();
  const runs = runsOf(normalised);
  if (runs.length === 0) return null;
  const endsWhole = !WORD_CHARACTER_AT_END.test(normalised);
  const parts = runs.map((chars, i) => {
    const isOpen = i === runs.length - 1 && !endsWhole;
    if (chars.length === 1) return isOpen ? `"${chars[0]}" *` : `"${chars[0]}${RUN_END}"`;
    const tokens = isOpen ? pairsOf(chars) : [...pairsOf(chars), chars.at(-1)! + RUN_END];
    return `"${tokens.join(' ')}"`;
  });
  // Tokens hold only letters, digits, Chinese characters and the end mark, so quoting them is safe.
  return parts.join(' + ');
}

const WORD_CHARACTER_AT_END = /[\p{Script=Han}\p{L}\p{N}]$/u;

/** A phrase's last part when it is a lone character taken as a prefix (`… + "中" *`), and the phrase before it. */
const OPEN_LONE_END = /^(.+) \+ "[^"]+" \*$/;

/**
 * The phrase without its open lone last character (`…、中`), when it has one and something before it: such a
 * prefix reads every pair the character starts, so the rest narrows first and the character is checked
 * in the texts (`verbatimPattern`). Null when the phrase has no such end.
 */
export function withoutOpenEnd(phrase: string): string | null {
  return OPEN_LONE_END.exec(phrase)?.[1] ?? null;
}

const NOT_WORD_RUN = '[^\\p{Script=Han}\\p{L}\\p{N}]+';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the phrase of a term matches, as a pattern over a normalised text: its runs in order with
 * anything but word characters between them (the index pairs across punctuation and line breaks).
 */
export function verbatimPattern(term: string): RegExp {
  return new RegExp(runsOf(normaliseForSearch(term)).map((chars) => chars.map(escapeRegExp).join('')).join(NOT_WORD_RUN), 'u');
}
