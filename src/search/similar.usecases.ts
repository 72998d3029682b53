import type { DocumentRow } from '../documents/documents.table.js';
import type { SearchRepository } from './search.repository.js';
import { titleIndexText } from './search.index.js';
import { bodyIndexText, RUN_END } from '../text/search-tokenizer.js';

/** How many of a document's rarest tokens describe it, chosen among its first distinct tokens (title first). */
const PROFILE_SIZE = 24;
const CANDIDATE_TOKENS = 600;

/**
 * Documents like this one: those sharing most of its rarest character pairs (by how few documents hold
 * them), title pairs counting double. Other versions of the same rule and rules on the same matter come first.
 */
export function findSimilarDocuments({ document, searchText, limit, searchRepository }: {
  document: DocumentRow; searchText: string; limit: number; searchRepository: SearchRepository;
}): { document: DocumentRow; score: number }[] {
  const titleTokens = new Set(titleIndexText(document).split(' '));
  const tokens = [...new Set([...titleTokens, ...bodyIndexText(searchText.slice(0, 8_000)).split(' ')])]
    .filter((token) => token && !token.endsWith(RUN_END)).slice(0, CANDIDATE_TOKENS);
  const frequencies = searchRepository.documentFrequencies(tokens);
  const profile = tokens
    .filter((token) => (frequencies.get(token) ?? 0) > 1) // a pair only this document has finds nothing
    .sort((a, b) => (frequencies.get(a)! / (titleTokens.has(a) ? 2 : 1)) - (frequencies.get(b)! / (titleTokens.has(b) ? 2 : 1)))
    .slice(0, PROFILE_SIZE);
  if (profile.length === 0) return [];
  const matches = searchRepository.matchDocuments(profile.map((token) => `"${token}"`).join(' OR '), limit + 1)
    .filter((match) => match.documentId !== document.id).slice(0, limit);
  const rows = new Map(searchRepository.documentsAmong(matches.map((m) => m.documentId), undefined).map((row) => [row.id, row]));
  return matches.filter((m) => rows.has(m.documentId)).map((m) => ({ document: rows.get(m.documentId)!, score: -m.rank }));
}
