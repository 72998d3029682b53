import type { SQL } from 'drizzle-orm';
import { documentFilterConditions, type DocumentFilters } from '../documents/documents.filters.js';
import { toDocumentFilters } from '../documents/documents.schemas.js';
import type { DocumentRow } from '../documents/documents.table.js';
import type { DocumentStructure } from '../documents/documents.types.js';
import { correctionCandidates } from './search.correct.js';
import { someTitleHolds, titleLine, type DocumentFacts, type SearchDictionary } from './search.dictionary.js';
import { locateHit } from './search.locate.js';
import { toSearchReading, toSearchResult, type QueryReading, type SearchHit } from './search.models.js';
import { parseQuery, toFtsPhrase, verbatimPattern, withoutOpenEnd, type ParsedQuery } from './search.query.js';
import type { SearchRepository } from './search.repository.js';
import type { SearchQueryInput } from './search.schemas.js';
import { readWords } from './search.segment.js';
import { highlightTerms, withHighlight } from './search.highlight-terms.js';

/**
 * Verbatim hits are ordered by bm25 when there are at most this many; beyond, by the title and, among
 * equals, the shortest title (as a word reading is): bm25 costs a few microseconds a hit, so thousands
 * of hits (a common word in a large inventory) would cost more than the rest of the search.
 */
const SCORED_AT_MOST = 500;
/** Fewer verbatim hits than a page: the query is also read as words, and what they find follows. */
const FEW_VERBATIM = 10;

export type FacetCount = { value: string; count: number };
export type SearchFacets = { docTypes: FacetCount[]; issuers: FacetCount[]; levels: FacetCount[] };
type Texts = { text: string; searchText: string; structure: DocumentStructure };


/** How many of the matching documents have each type, issuer and level: what narrowing would leave. */
function countFacets(documents: Pick<DocumentRow, 'docType' | 'issuer' | 'level'>[]): SearchFacets {
  const docTypes = new Map<string, number>();
  const issuers = new Map<string, number>();
  const levels = new Map<string, number>();
  const add = (counts: Map<string, number>, value: string | null) => value && counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const document of documents) {
    add(docTypes, document.docType);
    add(issuers, document.issuer);
    add(levels, document.level);
  }
  const largest = (counts: Map<string, number>) => [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count).slice(0, 30);
  return { docTypes: largest(docTypes), issuers: largest(issuers), levels: largest(levels) };
}

/** A query's words read apart: each unquoted term split into words, its type word set aside. */
export function readQuery(parsed: ParsedQuery, dictionary: SearchDictionary): { words: string[]; typeWords: string[] } {
  const words: string[] = [];
  const typeWords: string[] = [];
  for (const term of parsed.include) {
    if (parsed.quoted.includes(term)) {
      words.push(term);
      continue;
    }
    const read = readWords(term, dictionary);
    words.push(...read.words);
    if (read.typeWord) typeWords.push(read.typeWord);
  }
  return { words: [...new Set(words)], typeWords };
}

/**
 * Which documents match and how well. Tier 0 holds every term verbatim, tier 1 every word of the
 * reading, tier 2 most of its words (by weight: a rare word counts more). `scores` are bm25 sums.
 */
type Candidate = { tier: 0 | 1 | 2; score: number | null; weight: number };

/**
 * A document's words found in its title, as a share of the query's weight: what a searcher who names
 * a document means. Title first, then the exact type word, then the text's own score.
 */
type Rankable = { tier: number; titleShare: number; typeMatch: boolean; exactTitle: boolean; weight: number; score: number };
const byRank = (a: Rankable, b: Rankable) => a.tier - b.tier || Number(b.exactTitle) - Number(a.exactTitle) || b.titleShare - a.titleShare
  || Number(b.typeMatch) - Number(a.typeMatch) || b.weight - a.weight || b.score - a.score;

export function rankCandidates<T extends Rankable>(candidates: T[]): T[] {
  return candidates.sort(byRank);
}

/**
 * The first `count` of `items` in `compare` order (stable, as a sort would give them), without sorting
 * them all: a page out of thousands of hits.
 */
export function firstInOrder<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (items.length <= count * 4) return [...items].sort(compare).slice(0, count);
  const first: T[] = [];
  for (const item of items) {
    if (first.length === count) {
      if (compare(item, first[count - 1]!) >= 0) continue;
      first.pop();
    }
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
  }
  return first;
}

/** The share of the words' weight a document must hold to be shown when not all words are found. */
const RELAXED_SHARE = 0.5;

/**
 * Documents matching the query, best first. Verbatim hits come first (every term as typed, in title
 * or body); when there are few (none, for terms the user separated by spaces), the query is read as words: documents holding all of them follow, or,
 * when none does, those holding most of them, ranked by how many and how rare. A type word (规定,
 * 条例…) is a preference: it ranks, it does not exclude. With no verbatim hit and no title holding
 * the words, a slip of the pen is looked for and, when a one-character change names a title, the
 * query is searched as corrected (unless `literal` asks for the query as typed).
 */
export function searchDocuments({ query, filters, sort, limit, offset = 0, searchRepository, textsOf = searchRepository.hitTexts, literal = false }: {
  query: string;
  filters: DocumentFilters;
  sort: 'relevance' | 'date';
  limit: number;
  /** How many of the ranked documents come before the page (paging); `ids` holds them all. */
  offset?: number;
  searchRepository: SearchRepository;
  /** Where a hit's texts come from: the search repository reads them directly unless told otherwise. */
  textsOf?: (documentId: number) => Texts;
  literal?: boolean;
}): { total: number; rankedIds: () => number[]; hits: SearchHit[]; facets: SearchFacets; reading: QueryReading } {
  const parsed = parseQuery(query);
  const phrases = parsed.include.map((term) => ({ term, phrase: toFtsPhrase(term) })).filter((t): t is { term: string; phrase: string } => t.phrase !== null);
  const emptyReading: QueryReading = { mode: 'verbatim', verbatimHits: 0, words: phrases.map((p) => p.term), typeWords: [], corrected: null };
  if (phrases.length === 0) return { total: 0, rankedIds: () => [], hits: [], facets: countFacets([]), reading: emptyReading };

  const dictionary = searchRepository.dictionary();
  const excluded = new Set<number>();
  for (const term of parsed.exclude) {
    const phrase = toFtsPhrase(term);
    if (phrase) for (const id of searchRepository.matchDocumentIds(phrase)) excluded.add(id);
  }
  // Tier 0: every term verbatim, with its bm25 score (higher is better) unless there are too many to score.
  const candidates = new Map<number, Candidate>();
  const verbatim = matchVerbatim(phrases, searchRepository);
  verbatim.ids.forEach((id, i) => {
    if (!excluded.has(id)) candidates.set(id, { tier: 0, score: verbatim.ranks ? -verbatim.ranks[i]! : null, weight: 0 });
  });

  let reading: QueryReading = { ...emptyReading, verbatimHits: candidates.size };
  const unquoted = parsed.include.filter((term) => !parsed.quoted.includes(term));
  // Terms the user separated are words already: they are read apart only when together they find nothing.
  // A query that some title holds as typed has found what it names: it is not read apart either.
  const typedLine = parsed.include.length === 1 ? titleLine(parsed.include[0]!) : null;
  const typedInTitle = typedLine !== null && [...candidates.keys()].some((id) => dictionary.documents.get(id)?.line.includes(typedLine));
  const fewVerbatim = parsed.include.length === 1 ? candidates.size < FEW_VERBATIM && !typedInTitle : candidates.size === 0;
  if (fewVerbatim && unquoted.length > 0) {
    const { words, typeWords } = readQuery(parsed, dictionary);
    // A slip of the pen: nothing verbatim and no title holds the words, but a one-character change makes one.
    if (!literal && candidates.size === 0 && parsed.include.length === 1 && unquoted.length === 1 && !someTitleHolds(dictionary, words)) {
      const corrected = findCorrection(unquoted[0]!, dictionary);
      if (corrected) {
        const correctedQuery = query.replace(unquoted[0]!, corrected.text);
        const result = searchDocuments({ query: correctedQuery, filters, sort, limit, offset, searchRepository, textsOf, literal: true });
        return { ...result, reading: { ...result.reading, corrected: { query: correctedQuery, from: corrected.from, to: corrected.to } } };
      }
    }
    const sameAsTyped = words.length === phrases.length && words.every((word) => phrases.some((p) => p.term === word));
    // A lone character is matched as the start of any pair: costly (a scan of every pair it starts), and it
    // narrows little beside real words; a reading of lone characters only is no reading.
    const required = words.filter((word) => [...word].length > 1);
    const wordPhrases = required.map((word) => toFtsPhrase(word)).filter((phrase): phrase is string => phrase !== null);
    if (!sameAsTyped && wordPhrases.length > 0) {
      reading = { mode: 'words', verbatimHits: reading.verbatimHits, words, typeWords, corrected: null };
      // Which documents, not how well: bm25 over thousands of weak matches costs more than it tells,
      // and the titles rank these (below).
      const all = [...searchRepository.matchDocumentIds(wordPhrases.map((phrase) => `(${phrase})`).join(' AND '))].filter((id) => !excluded.has(id));
      for (const id of all) if (!candidates.has(id)) candidates.set(id, { tier: 1, score: null, weight: 0 });
      if (all.length === 0 && wordPhrases.length > 1) {
        // Most of the words: each weighs by how rare it is, and a document must hold half the weight.
        reading = { ...reading, mode: 'relaxed' };
        const found = new Map<number, { weight: number; count: number }>();
        let allWeight = 0;
        for (const phrase of wordPhrases) {
          const ids = [...searchRepository.matchDocumentIds(phrase)].filter((id) => !excluded.has(id));
          const weight = Math.log(1 + dictionary.documentCount / Math.max(1, ids.length));
          allWeight += weight;
          for (const id of ids) {
            const entry = found.get(id) ?? { weight: 0, count: 0 };
            entry.weight += weight;
            entry.count += 1;
            found.set(id, entry);
          }
        }
        for (const [id, entry] of found) {
          if (entry.count >= 2 && entry.weight >= allWeight * RELAXED_SHARE && !candidates.has(id)) candidates.set(id, { tier: 2, score: null, weight: entry.weight });
        }
      }
    }
  }

  const passing = searchRepository.idsPassing([...candidates.keys()], documentFilterConditions(filters));
  const titleWords = reading.mode === 'verbatim' ? phrases.map((p) => titleLine(p.term)) : reading.words;
  const weights = new Map(titleWords.map((word) => [word, Math.max(1, [...word].length)]));
  const allTitleWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const typed = titleLine(query);
  const noFacts: DocumentFacts = { line: '', lines: [], docType: null, issuer: null, level: null, issuedOn: null };
  const matched = passing.map((id) => {
    const facts = dictionary.documents.get(id) ?? noFacts;
    const titleShare = titleWords.reduce((sum, word) => sum + (facts.line.includes(word) ? weights.get(word)! : 0), 0) / allTitleWeight;
    const typeMatch = reading.typeWords.some((type) => facts.docType === type || (facts.lines[0] ?? '').endsWith(type));
    const candidate = candidates.get(id)!;
    // Read as words (or too many verbatim hits to score), among equals the shortest title names the matter most closely.
    const score = candidate.score ?? -facts.line.length;
    return { id, facts, tier: candidate.tier, weight: candidate.weight, score, titleShare, typeMatch, exactTitle: facts.lines.includes(typed) };
  });
  const byDate = (a: typeof matched[number], b: typeof matched[number]) => (b.facts.issuedOn ?? '').localeCompare(a.facts.issuedOn ?? '') || a.tier - b.tier || b.score - a.score;
  const compare = sort === 'date' ? byDate : byRank;
  // Only the hits up to the page shown are put in order; all of them only when an export asks.
  const top = firstInOrder(matched, offset + limit, compare).slice(offset);

  // A verbatim hit is shown where the terms stand; another where its words do.
  const termsOf = (tier: number) => (tier === 0 ? phrases.map((p) => p.term) : reading.words);
  const rows = new Map(searchRepository.documentsAmong(top.map((c) => c.id), undefined).map((row) => [row.id, row]));
  const hits = top.filter((c) => rows.has(c.id)).map(({ id, score, tier }) => {
    const document = rows.get(id)!;
    return { document, score, ...locateHit({ ...textsOf(id), terms: termsOf(tier), title: document.title }) };
  });
  return { total: matched.length, rankedIds: () => [...matched].sort(compare).map((c) => c.id), hits, facets: countFacets(matched.map((c) => c.facts)), reading };
}

/** How many documents the rest of a term ending in a lone character (`…、中`) may find for them to be checked one by one. */
const CHECKED_AT_MOST = 50;

/**
 * Documents holding every term verbatim, scored when there are few enough. A term ending in a lone
 * character (`…、中`: a prefix, which reads every pair the character starts) is narrowed by the rest
 * of it, and the few documents found are checked for the whole term in their indexed text.
 */
function matchVerbatim(phrases: { term: string; phrase: string }[], searchRepository: SearchRepository) {
  const expression = (parts: string[]) => parts.map((phrase) => `(${phrase})`).join(' AND ');
  const narrowed = phrases.map((p) => withoutOpenEnd(p.phrase) ?? p.phrase);
  if (narrowed.every((phrase, i) => phrase === phrases[i]!.phrase)) return searchRepository.matchScored(expression(narrowed), SCORED_AT_MOST);
  const found = searchRepository.matchScored(expression(narrowed), SCORED_AT_MOST);
  if (found.ids.length > CHECKED_AT_MOST) return searchRepository.matchScored(expression(phrases.map((p) => p.phrase)), SCORED_AT_MOST);
  const patterns = phrases.filter((p, i) => narrowed[i] !== p.phrase).map((p) => verbatimPattern(p.term));
  const kept = found.ids.map((id, i) => ({ id, rank: found.ranks?.[i] ?? 0 })).filter(({ id }) => {
    const text = searchRepository.indexedText(id);
    return patterns.every((pattern) => pattern.test(text));
  });
  return { ids: kept.map((k) => k.id), ranks: kept.map((k) => k.rank) };
}

/** The first one-character change whose text a title holds verbatim, else whose words a title holds. */
function findCorrection(term: string, dictionary: SearchDictionary) {
  const candidates = correctionCandidates(titleLine(term), dictionary);
  return candidates.find((candidate) => dictionary.titleLines.some((line) => line.includes(candidate.text)))
    ?? candidates.find((candidate) => someTitleHolds(dictionary, readWords(candidate.text, dictionary).words))
    ?? null;
}

/** A search as the page and the API run it: the request's filters, a page of hits as results with their links (which carry the terms to mark), and how the query was read. */
export function searchForRequest({ input, extra, today, searchRepository }: {
  input: SearchQueryInput; extra: SQL | undefined; today: string; searchRepository: SearchRepository;
}) {
  const { total, hits, facets, reading } = searchDocuments({
    query: input.q, sort: input.sort, limit: input.limit, offset: (input.page - 1) * input.limit,
    filters: toDocumentFilters(input, today, extra), literal: input.literal === '1', searchRepository,
  });
  const terms = highlightTerms(input.q, reading);
  return {
    total, page: input.page, pages: Math.ceil(total / input.limit), limit: input.limit, facets, reading: toSearchReading(reading),
    results: hits.map((hit) => { const result = toSearchResult(hit, today); return { ...result, url: withHighlight(result.url, terms) }; }),
  };
}
