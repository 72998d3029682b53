import { normaliseForSearch, tokenize } from './search.tokenizer.js';

export type ParsedQuery = { include: string[]; exclude: string[] };

/**
 * Splits what a user typed into terms: words separated by spaces must all match (AND), "a quoted phrase"
 * must match as written, and -word excludes. Each term is matched as a phrase of its tokens.
 */
export function parseQuery(input: string): ParsedQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of input.matchAll(/(-?)(?:"([^"]*)"|“([^”]*)”|(\S+))/g)) {
    const term = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (!term) continue;
    (match[1] === '-' ? exclude : include).push(term);
  }
  return { include, exclude };
}

/**
 * One term as an FTS5 phrase over the index's tokens. A run of one character can only be matched as the
 * start of a token (it is the first character of a pair in the text), so it becomes a prefix.
 * Returns null for a term with nothing searchable in it (only punctuation).
 */
export function toFtsPhrase(term: string): string | null {
  const runs = tokenize(normaliseForSearch(term));
  if (runs.length === 0) return null;
  // Tokens hold only letters, digits and Chinese characters, so quoting them is safe.
  return runs.map((tokens) => (tokens.length === 1 && [...tokens[0]!].length === 1 ? `"${tokens[0]}" *` : `"${tokens.join(' ')}"`)).join(' + ');
}
