import type { AppDatabase } from '../db/database.js';
import { buildVocabulary, type Vocabulary } from './search.segment.js';
import { normaliseForSearch, runsOf } from '../text/search-tokenizer.js';

export type SearchDictionary = Vocabulary & {
  /** The titles as the index reads them (simplified, folded, punctuation gone). */
  titleLines: string[];
  /** How many documents there are: the weight of a word is how rare it is among them. */
  documentCount: number;
  /** What ranking and facets need of each document, so that a search reads no rows but its hits. */
  documents: Map<number, DocumentFacts>;
  /** For each character, the characters that follow it in a title pair, with how many titles hold the pair. */
  following: Map<string, Map<string, number>>;
  /** For each character, the characters that precede it in a title pair. */
  preceding: Map<string, Map<string, number>>;
};

/** `line`: title and notice title as the index reads them, one a line; `lines`: the same, apart. */
export type DocumentFacts = { line: string; lines: string[]; docType: string | null; issuer: string | null; level: string | null; issuedOn: string | null };

type Stamp = { count: number; lastId: number; lastUpdate: number };

/** A title with its punctuation gone, so that a reading is checked against it as the index would. */
export function titleLine(title: string): string {
  return runsOf(normaliseForSearch(title)).map((run) => run.join('')).join('');
}

export function buildSearchDictionary(titles: string[], documents = new Map<number, DocumentFacts>()): SearchDictionary {
  const vocabulary = buildVocabulary(titles);
  const following = new Map<string, Map<string, number>>();
  const preceding = new Map<string, Map<string, number>>();
  const link = (map: Map<string, Map<string, number>>, from: string, to: string, count: number) => {
    if (!map.has(from)) map.set(from, new Map());
    map.get(from)!.set(to, count);
  };
  for (const [pair, count] of vocabulary.pairs) {
    const [first, second] = [...pair] as [string, string];
    link(following, first, second, count);
    link(preceding, second, first, count);
  }
  return { ...vocabulary, titleLines: titles.map(titleLine), documentCount: Math.max(documents.size, 1), documents, following, preceding };
}

const dictionaries = new WeakMap<object, { dictionary: SearchDictionary; stamp: Stamp; changes: string }>();

/**
 * The dictionary of the inventory's titles, built once per database and built again only when the
 * documents have changed (an import, a corrected title, a deletion), as the title index is.
 */
export function searchDictionaryOf(db: AppDatabase): SearchDictionary {
  const client = db.$client;
  // Cheap first: nothing was written through this connection or another since the last look.
  const changes = `${client.pragma('data_version', { simple: true })}:${(client.prepare('select total_changes() as n').get() as { n: number }).n}`;
  const cached = dictionaries.get(client);
  if (cached && cached.changes === changes) return cached.dictionary;
  const stamp = client.prepare('select count(*) as count, coalesce(max(id), 0) as lastId, coalesce(max(updated_at), 0) as lastUpdate from documents').get() as Stamp;
  if (cached && cached.stamp.count === stamp.count && cached.stamp.lastId === stamp.lastId && cached.stamp.lastUpdate === stamp.lastUpdate) {
    cached.changes = changes;
    return cached.dictionary;
  }
  const rows = client.prepare(`select id, title, wrapper_title as wrapperTitle, issuer, doc_type as docType, level, issued_on as issuedOn
    from documents`).all() as ({ id: number; title: string; wrapperTitle: string | null } & Omit<DocumentFacts, 'line' | 'lines'>)[];
  const titles = [...new Set(rows.flatMap((row) => [row.title, row.wrapperTitle, row.issuer]).filter((text): text is string => Boolean(text)))];
  const documents = new Map(rows.map(({ id, title, wrapperTitle, issuer, docType, level, issuedOn }) => {
    const lines = [title, wrapperTitle].filter((text): text is string => Boolean(text)).map(titleLine);
    return [id, { line: lines.join('\n'), lines, issuer, docType, level, issuedOn }];
  }));
  const dictionary = buildSearchDictionary(titles, documents);
  dictionaries.set(client, { dictionary, stamp, changes });
  return dictionary;
}

/** Whether some title holds every one of the words (in any order): the reading names a document. */
export function someTitleHolds(dictionary: SearchDictionary, words: string[]): boolean {
  return words.length > 0 && dictionary.titleLines.some((line) => words.every((word) => line.includes(word)));
}
