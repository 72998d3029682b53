import type { AppConfig } from '../../config.js';
import type { AppDatabase } from '../../db/database.js';
import { todayIso } from '../../documents/documents.models.js';
import { findNearDuplicates, fingerprintOf } from '../../text/fingerprint.js';
import { buildRelations, type Relations } from './relations.js';
import { suggestFor, type Suggestion } from './suggestion-rules.js';
import { createSuggestionsRepository } from './suggestions.repository.js';

const FINGERPRINT_PAGE = 200;
const NEIGHBOURS_KEPT = 10;

export type SuggestionSnapshot = { relations: Relations; suggestions: ReadonlyMap<number, Suggestion> };

/**
 * Suggestions for the whole inventory, computed together (the rules compare documents with each other).
 * What depends on the documents alone (relations, near-duplicates: the costly part) is kept until a document
 * changes; the suggestions themselves are redone when the day or the set of abolished documents changes.
 */
export function createSuggestionService({ db, config, today = todayIso }: {
  db: AppDatabase;
  config: Pick<AppConfig, 'provisionalMaxYears' | 'nearDuplicateThreshold' | 'duplicateAbolishSimilarity'>;
  today?: () => string;
}) {
  const repository = createSuggestionsRepository({ db });
  let analysis: { stamp: string; relations: Relations; nearDuplicates: Map<number, { id: number; similarity: number }[]> } | undefined;
  let cached: { analysis: object; abolished: string; day: string; snapshot: SuggestionSnapshot } | undefined;

  function refreshFingerprints() {
    for (;;) {
      const stale = repository.missingFingerprints(FINGERPRINT_PAGE);
      if (stale.length === 0) return;
      repository.saveFingerprints(stale.map((row) => ({ documentId: row.id, signature: fingerprintOf(row.searchText) })), new Date());
    }
  }

  function analyse(stamp: string) {
    refreshFingerprints();
    const relations = buildRelations(repository.inventory());
    const nearDuplicates = new Map<number, { id: number; similarity: number }[]>();
    // A document's closest few are evidence enough; keeping every copy of a much-copied text would not scale.
    const add = (id: number, other: { id: number; similarity: number }) => {
      const list = nearDuplicates.get(id) ?? [];
      if (list.length < NEIGHBOURS_KEPT) list.push(other);
      else {
        const weakest = list.reduce((min, item, i) => (item.similarity < list[min]!.similarity ? i : min), 0);
        if (other.similarity > list[weakest]!.similarity) list[weakest] = other;
      }
      nearDuplicates.set(id, list);
    };
    for (const { a, b, similarity } of findNearDuplicates(repository.fingerprints(), config.nearDuplicateThreshold)) {
      add(a, { id: b, similarity });
      add(b, { id: a, similarity });
    }
    return { stamp, relations, nearDuplicates };
  }

  return {
    snapshot(): SuggestionSnapshot {
      const stamp = repository.documentsStamp();
      if (analysis?.stamp !== stamp) analysis = analyse(stamp);
      const abolishedIds = repository.abolishedIds();
      const abolished = [...abolishedIds].sort((a, b) => a - b).join(',');
      const day = today();
      if (cached?.analysis !== analysis || cached.abolished !== abolished || cached.day !== day) {
        const { relations, nearDuplicates } = analysis;
        const options = { today: day, provisionalMaxYears: config.provisionalMaxYears, duplicateAbolishSimilarity: config.duplicateAbolishSimilarity };
        const inputs = { relations, abolishedIds, nearDuplicates };
        const suggestions = new Map([...relations.byId.values()].map((entry) => [entry.id, suggestFor(entry, inputs, options)]));
        cached = { analysis, abolished, day, snapshot: { relations, suggestions } };
      }
      return cached.snapshot;
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
