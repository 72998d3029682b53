import type { AppConfig } from '../../config.js';
import type { AppDatabase } from '../../db/database.js';
import { todayIso } from '../../documents/documents.models.js';
import { findNearDuplicates, fingerprintOf } from './fingerprint.js';
import { buildRelations, type Relations } from './relations.js';
import { suggestFor, type Suggestion } from './suggestion-rules.js';
import { createSuggestionsRepository } from './suggestions.repository.js';

const FINGERPRINT_PAGE = 200;

export type SuggestionSnapshot = { relations: Relations; suggestions: ReadonlyMap<number, Suggestion> };

/**
 * Suggestions for the whole inventory, computed together (the rules compare documents with each other) and
 * kept until a document or a disposition changes.
 */
export function createSuggestionService({ db, config, today = todayIso }: {
  db: AppDatabase;
  config: Pick<AppConfig, 'provisionalMaxYears' | 'nearDuplicateThreshold' | 'duplicateAbolishSimilarity'>;
  today?: () => string;
}) {
  const repository = createSuggestionsRepository({ db });
  let cached: { stamp: string; day: string; snapshot: SuggestionSnapshot } | undefined;

  function refreshFingerprints() {
    for (;;) {
      const stale = repository.staleFingerprints(FINGERPRINT_PAGE);
      if (stale.length === 0) return;
      repository.saveFingerprints(stale.map((row) => ({ documentId: row.id, signature: fingerprintOf(row.searchText) })), new Date());
    }
  }

  function compute(day: string): SuggestionSnapshot {
    refreshFingerprints();
    const relations = buildRelations(repository.inventory());
    const nearDuplicates = new Map<number, { id: number; similarity: number }[]>();
    for (const { a, b, similarity } of findNearDuplicates(repository.fingerprints(), config.nearDuplicateThreshold)) {
      nearDuplicates.set(a, [...(nearDuplicates.get(a) ?? []), { id: b, similarity }]);
      nearDuplicates.set(b, [...(nearDuplicates.get(b) ?? []), { id: a, similarity }]);
    }
    const inputs = { relations, abolishedIds: repository.abolishedIds(), nearDuplicates };
    const options = { today: day, provisionalMaxYears: config.provisionalMaxYears, duplicateAbolishSimilarity: config.duplicateAbolishSimilarity };
    const suggestions = new Map([...relations.byId.values()].map((entry) => [entry.id, suggestFor(entry, inputs, options)]));
    return { relations, suggestions };
  }

  return {
    snapshot(): SuggestionSnapshot {
      const stamp = repository.stamp();
      const day = today();
      if (!cached || cached.stamp !== stamp || cached.day !== day) cached = { stamp, day, snapshot: compute(day) };
      return cached.snapshot;
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
