import type { QueryReading } from './search.models.js';
import { parseQuery, toFtsPhrase } from './search.query.js';

/** At most this many terms travel in a hit's link (a long query read as words has a dozen at most). */
const MAX_TERMS = 20;

/**
 * What the document page opened from a hit marks: the terms as searched (the corrected query when a slip
 * was put right) and, when the query was also read as words, those words; a lone character is left out
 * when real words were found, as search itself does not require it.
 */
export function highlightTerms(query: string, reading: QueryReading): string[] {
  const searched = parseQuery(reading.corrected?.query ?? query).include;
  const long = reading.words.filter((word) => [...word].length > 1);
  const words = reading.mode === 'verbatim' ? [] : long.length > 0 ? long : reading.words;
  return [...new Set([...searched, ...words])].filter((term) => toFtsPhrase(term) !== null).slice(0, MAX_TERMS);
}

/** A document link with the terms to mark (`hl`, repeated), before its anchor. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path = '', anchor] = url.split('#');
  const [pathname = '', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  for (const term of terms) params.append('hl', term);
  return `${pathname}?${params}${anchor === undefined ? '' : `#${anchor}`}`;
}
