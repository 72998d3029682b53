import type { DocumentRow } from '../documents/documents.table.js';
import { filterConditions, type DocumentFilters } from '../documents/documents.repository.js';
import { toLines } from '../ingest/metadata/clean-text.js';
import { buildSnippet, type Snippet } from './search.highlight.js';
import { parseQuery, toFtsPhrase } from './search.query.js';
import type { ChunkHit, SearchRepository } from './search.repository.js';

/** How many matching chunks per term are considered; enough for every document of a common word at corpus size. */
const CHUNKS_PER_TERM = 20_000;

export type FacetCount = { value: string; count: number };
export type SearchFacets = { docTypes: FacetCount[]; issuers: FacetCount[]; levels: FacetCount[] };

/** How many of the matching documents have each type, issuer and level: what narrowing would leave. */
function countFacets(documents: DocumentRow[]): SearchFacets {
  const count = (values: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count).slice(0, 30);
  };
  return { docTypes: count(documents.map((d) => d.docType)), issuers: count(documents.map((d) => d.issuer)), levels: count(documents.map((d) => d.level)) };
}

export type SearchHit = { document: DocumentRow; score: number; article: string | null; lineStart: number; snippet: Snippet };

/**
 * Documents matching every term of the query (terms may match in different articles), none of the
 * excluded ones, and the filters; each with the article where the first term matched best, highlighted.
 */
export function searchDocuments({ query, filters, sort, limit, searchRepository, textOf }: {
  query: string;
  filters: DocumentFilters & { today: string };
  sort: 'relevance' | 'date';
  limit: number;
  searchRepository: SearchRepository;
  textOf: (documentId: number) => string;
}): { total: number; hits: SearchHit[]; facets: SearchFacets } {
  const parsed = parseQuery(query);
  const phrases = parsed.include.map((term) => ({ term, phrase: toFtsPhrase(term) })).filter((t): t is { term: string; phrase: string } => t.phrase !== null);
  if (phrases.length === 0) return { total: 0, hits: [], facets: { docTypes: [], issuers: [], levels: [] } };

  // Best chunk of each document, per term; a document must have a hit for every term.
  let candidates: Map<number, { score: number; best: ChunkHit }> | null = null;
  for (const { phrase } of phrases) {
    const bestByDocument = new Map<number, ChunkHit>();
    for (const hit of searchRepository.matchChunks(phrase, CHUNKS_PER_TERM)) {
      if (!bestByDocument.has(hit.documentId)) bestByDocument.set(hit.documentId, hit);
    }
    const next = new Map<number, { score: number; best: ChunkHit }>();
    for (const [documentId, hit] of bestByDocument) {
      const previous = candidates ? candidates.get(documentId) : { score: 0, best: hit };
      // A title hit weighs more: a query that names a document should find that document first.
      if (previous) next.set(documentId, { score: previous.score - hit.rank * (hit.kind === 'title' ? 3 : 1), best: previous.best });
    }
    candidates = next;
  }
  for (const term of parsed.exclude) {
    const phrase = toFtsPhrase(term);
    if (phrase) for (const id of searchRepository.matchDocumentIds(phrase)) candidates!.delete(id);
  }

  const documents = searchRepository.documentsAmong([...candidates!.keys()], filterConditions(filters));
  const ranked = documents.map((document) => ({ document, ...candidates!.get(document.id)! }));
  ranked.sort(sort === 'date'
    ? (a, b) => (b.document.issuedOn ?? '').localeCompare(a.document.issuedOn ?? '') || b.score - a.score
    : (a, b) => b.score - a.score);

  const terms = phrases.map((p) => p.term);
  const hits = ranked.slice(0, limit).map(({ document, score, best }) => {
    const chunkText = best.kind === 'title'
      ? [document.title, document.wrapperTitle, document.docNumber, document.issuer].filter(Boolean).join(' ')
      : toLines(textOf(document.id)).slice(best.lineStart, best.lineEnd).join('\n');
    return { document, score, article: best.label, lineStart: best.lineStart, snippet: buildSnippet(chunkText, terms) };
  });
  return { total: ranked.length, hits, facets: countFacets(ranked.map((r) => r.document)) };
}
