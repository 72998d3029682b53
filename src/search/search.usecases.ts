import type { DocumentStructure } from '../documents/documents.types.js';
import type { SQL } from 'drizzle-orm';
import { documentFilterConditions, type DocumentFilters } from '../documents/documents.filters.js';
import { toDocumentFilters } from '../documents/documents.schemas.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { locateHit } from './search.locate.js';
import { toSearchResult, type SearchHit } from './search.models.js';
import { parseQuery, toFtsPhrase } from './search.query.js';
import type { SearchRepository } from './search.repository.js';
import type { SearchQueryInput } from './search.schemas.js';

/** How many matching documents per term are considered: all of them at corpus size. */
const MATCHES_PER_TERM = 100_000;

export type FacetCount = { value: string; count: number };
export type SearchFacets = { docTypes: FacetCount[]; issuers: FacetCount[]; levels: FacetCount[] };
type Texts = { text: string; searchText: string; structure: DocumentStructure };

/** How many of the matching documents have each type, issuer and level: what narrowing would leave. */
function countFacets(documents: DocumentRow[]): SearchFacets {
  const count = (values: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count).slice(0, 30);
  };
  return { docTypes: count(documents.map((d) => d.docType)), issuers: count(documents.map((d) => d.issuer)), levels: count(documents.map((d) => d.level)) };
}

/**
 * Documents holding every term of the query (anywhere: title or body, any article), none of the
 * excluded terms, and passing the filters; each with the article where it matched, highlighted.
 */
export function searchDocuments({ query, filters, sort, limit, searchRepository, textsOf }: {
  query: string;
  filters: DocumentFilters;
  sort: 'relevance' | 'date';
  limit: number;
  searchRepository: SearchRepository;
  textsOf: (documentId: number) => Texts;
}): { total: number; hits: SearchHit[]; facets: SearchFacets } {
  const parsed = parseQuery(query);
  const phrases = parsed.include.map((term) => ({ term, phrase: toFtsPhrase(term) })).filter((t): t is { term: string; phrase: string } => t.phrase !== null);
  if (phrases.length === 0) return { total: 0, hits: [], facets: countFacets([]) };

  // A document's score is the sum of its bm25 scores for each term (lower is better); it must match every term.
  const [first, ...others] = phrases;
  let scores = new Map(searchRepository.matchDocuments(first!.phrase, MATCHES_PER_TERM).map(({ documentId, rank }) => [documentId, -rank]));
  for (const { phrase } of others) {
    const next = new Map<number, number>();
    for (const { documentId, rank } of searchRepository.matchDocuments(phrase, MATCHES_PER_TERM)) {
      const previous = scores.get(documentId);
      if (previous !== undefined) next.set(documentId, previous - rank);
    }
    scores = next;
  }
  for (const term of parsed.exclude) {
    const phrase = toFtsPhrase(term);
    if (phrase) for (const id of searchRepository.matchDocumentIds(phrase)) scores.delete(id);
  }

  const documents = searchRepository.documentsAmong([...scores.keys()], documentFilterConditions(filters));
  const ranked = documents.map((document) => ({ document, score: scores.get(document.id) ?? 0 }));
  ranked.sort(sort === 'date'
    ? (a, b) => (b.document.issuedOn ?? '').localeCompare(a.document.issuedOn ?? '') || b.score - a.score
    : (a, b) => b.score - a.score);

  const terms = phrases.map((p) => p.term);
  const hits = ranked.slice(0, limit).map(({ document, score }) => ({
    document, score, ...locateHit({ ...textsOf(document.id), terms, title: document.title }),
  }));
  return { total: ranked.length, hits, facets: countFacets(documents) };
}

/** A search as the page and the API run it: the request's filters, and the hits as results with their links. */
export function searchForRequest({ input, extra, today, searchRepository, textsOf }: {
  input: SearchQueryInput; extra: SQL | undefined; today: string; searchRepository: SearchRepository; textsOf: (documentId: number) => Texts;
}) {
  const { total, hits, facets } = searchDocuments({
    query: input.q, sort: input.sort, limit: input.limit, filters: toDocumentFilters(input, today, extra), searchRepository, textsOf,
  });
  return { total, facets, results: hits.map((hit) => toSearchResult(hit, today)) };
}
