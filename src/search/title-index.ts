import fs from 'node:fs';
import MiniSearch, { type Options } from 'minisearch';
import type { AppDatabase } from '../db/database.js';
import { correctionCandidates } from './search.correct.js';
import { searchDictionaryOf, someTitleHolds, titleLine } from './search.dictionary.js';
import { readWords } from './search.segment.js';
import { normaliseForSearch, pairsOf, runsOf, tokenize } from '../text/search-tokenizer.js';

type TitleEntry = { id: number; title: string; wrapperTitle: string | null; docNumber: string | null; issuedOn: string | null };
export type TitleSuggestion = { id: number; title: string; docNumber: string | null; issuedOn: string | null };

/** What a user has typed so far: pairs, and a last lone character as the start of a word still being typed. */
function typedTerms(text: string): string[] {
  const runs = runsOf(normaliseForSearch(text));
  return runs.flatMap((chars, i) => (chars.length === 1 ? (i === runs.length - 1 ? chars : [`${chars[0]}$`]) : pairsOf(chars)));
}

const OPTIONS: Options<TitleEntry> = {
  fields: ['title', 'wrapperTitle', 'docNumber'],
  storeFields: ['title', 'docNumber', 'issuedOn'],
  tokenize: (text) => tokenize(normaliseForSearch(text)),
  processTerm: (term) => term,
  searchOptions: {
    tokenize: typedTerms,
    combineWith: 'AND',
    prefix: (_term, index, terms) => index === terms.length - 1,
    boost: { title: 2 },
  },
};

/**
 * Title autocomplete with MiniSearch, kept in memory and saved beside the database. A stamp of the
 * documents table (count, last id, last update) tells whether it is current: at start the saved index
 * is loaded and caught up rather than rebuilt, and before each lookup whatever another process (a CLI
 * import) changed is folded in.
 */
export function createTitleIndex({ db, file }: { db: AppDatabase; file: string | null }) {
  const stampQuery = db.$client.prepare('select count(*) as count, coalesce(max(id), 0) as lastId, coalesce(max(updated_at), 0) as lastUpdate from documents');
  const changedSince = db.$client.prepare(`select id, title, wrapper_title as wrapperTitle, doc_number as docNumber, issued_on as issuedOn
    from documents where updated_at >= ? or id > ?`);
  const all = db.$client.prepare('select id, title, wrapper_title as wrapperTitle, doc_number as docNumber, issued_on as issuedOn from documents');
  type Stamp = { count: number; lastId: number; lastUpdate: number };
  const sameStamp = (a: Stamp, b: Stamp) => a.count === b.count && a.lastId === b.lastId && a.lastUpdate === b.lastUpdate;

  let index = new MiniSearch<TitleEntry>(OPTIONS);
  let stamp: Stamp = { count: 0, lastId: 0, lastUpdate: 0 };
  let saveTimer: NodeJS.Timeout | undefined;

  function rebuild() {
    index = new MiniSearch<TitleEntry>(OPTIONS);
    index.addAll(all.all() as TitleEntry[]);
    stamp = stampQuery.get() as Stamp;
  }

  /** Folds in documents added or changed since the stamp; anything else (a deletion) means a rebuild. */
  function catchUp() {
    const now = stampQuery.get() as Stamp;
    if (sameStamp(now, stamp)) return false;
    for (const entry of changedSince.all(stamp.lastUpdate, stamp.lastId) as TitleEntry[]) {
      if (index.has(entry.id)) index.discard(entry.id);
      index.add(entry);
    }
    if (index.documentCount !== now.count) rebuild();
    else stamp = now;
    return true;
  }

  function scheduleSave() {
    if (!file || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      save();
    }, 2000);
    saveTimer.unref();
  }

  function save() {
    if (!file) return;
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ stamp, index }));
    fs.renameSync(`${file}.tmp`, file); // a crash mid-write leaves the previous file whole
  }

  const saved = file && fs.existsSync(file) ? tryLoad(file) : null;
  if (saved) {
    index = saved.index;
    stamp = saved.stamp;
    if (catchUp()) save();
  } else {
    rebuild();
    save();
  }

  function tryLoad(path: string): { index: MiniSearch<TitleEntry>; stamp: Stamp } | null {
    try {
      const { stamp: savedStamp, index: savedIndex } = JSON.parse(fs.readFileSync(path, 'utf8')) as { stamp: Stamp; index: unknown };
      return { stamp: savedStamp, index: MiniSearch.loadJS<TitleEntry>(savedIndex as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS) };
    } catch {
      return null; // unreadable or from another version: rebuilt below
    }
  }

  /**
   * The titles for what was typed, read as the full-text search reads it: as typed; else as words of
   * the titles (济南市容 → 济南 市容), all of them; else with a slip of the pen put right; else those
   * holding all the words but one, rarest first (MiniSearch's ranking of an OR).
   */
  function lookUp(text: string) {
    const typed = index.search(text);
    if (typed.length > 0) return typed;
    const dictionary = searchDictionaryOf(db);
    const { words } = readWords(text, dictionary);
    const allWords = index.search({ combineWith: 'AND', queries: words });
    if (allWords.length > 0 || words.length === 0) return allWords;
    const corrected = correctionCandidates(titleLine(text), dictionary)
      .find((candidate) => someTitleHolds(dictionary, readWords(candidate.text, dictionary).words));
    if (corrected) return index.search({ combineWith: 'AND', queries: readWords(corrected.text, dictionary).words });
    // All the words but one, when there are three or more: one common word alone suggests nothing.
    if (words.length < 3) return [];
    return index.search({ combineWith: 'OR', queries: words })
      .filter((hit) => words.filter((word) => titleLine(hit.title as string).includes(word)).length >= words.length - 1);
  }

  return {
    suggest(text: string, limit: number): TitleSuggestion[] {
      if (catchUp()) scheduleSave();
      return lookUp(text).slice(0, limit).map((hit) => ({ id: hit.id as number, title: hit.title, docNumber: hit.docNumber ?? null, issuedOn: hit.issuedOn ?? null }));
    },
    /** Flushes a pending save, on shutdown. */
    close() {
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = undefined;
        save();
      }
    },
  };
}

export type TitleIndex = ReturnType<typeof createTitleIndex>;
