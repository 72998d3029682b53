import { toDispositionView, toHistoryView, toRoundCounts } from './review.models.js';
import type { ListReader, ReviewRepository } from './review.repository.js';
import type { DispositionFilter, DispositionListQuery } from './review.schemas.js';
import type { DispositionRow, ReviewRoundRow } from './review.table.js';
import type { InventoryEntry } from './suggestions/relations.js';
import type { SuggestionService } from './suggestions/suggestions.usecases.js';

/** What the review pages and the API read: dispositions with their documents, suggestions and history. */
export function createReviewQueries({ reviewRepository, suggestionService }: { reviewRepository: ReviewRepository; suggestionService: SuggestionService }) {
  function brief(entry: InventoryEntry | undefined) {
    return entry ? { id: entry.id, title: entry.title, docNumber: entry.docNumber, issuer: entry.issuer, issuedOn: entry.issuedOn } : null;
  }

  function views(rows: DispositionRow[]) {
    const { relations, suggestions } = suggestionService.snapshot();
    const grounds = new Map(reviewRepository.grounds({ includeInactive: true }).map((ground) => [ground.id, ground]));
    const items = reviewRepository.itemIdsByDisposition(rows.map((row) => row.id));
    return rows.map((row) => {
      const entry = row.documentId !== null ? relations.byId.get(row.documentId) : undefined;
      return toDispositionView(row, {
        document: brief(entry),
        ground: row.groundId !== null ? grounds.get(row.groundId) : undefined,
        itemIds: items.get(row.id) ?? [],
        suggestion: row.documentId !== null ? suggestions.get(row.documentId) : undefined,
      });
    });
  }

  /** The rows whose document is suggested the filter's category (all rows when it names none); `keep` stays. */
  function suggestedOnly<T extends { id: number; documentId: number | null }>(rows: T[], filter: DispositionFilter, keep?: number): T[] {
    if (!filter.suggested) return rows;
    const { suggestions } = suggestionService.snapshot();
    return rows.filter((row) => row.id === keep || (row.documentId !== null && suggestions.get(row.documentId)?.category === filter.suggested));
  }

  return {
    views,

    /** `ownerUnitId`: a department's unit, whose campaign rounds count only its own dispositions. */
    rounds(ownerUnitId?: number) {
      const totals = reviewRepository.roundTotals(ownerUnitId);
      return reviewRepository.listRounds().map((round) => {
        const rows = totals.filter((t) => t.roundId === round.id);
        const sum = (keep: (t: (typeof rows)[number]) => boolean) => rows.filter(keep).reduce((n, t) => n + t.n, 0);
        return { ...round, total: sum(() => true), decided: sum((t) => !!t.decided), approved: sum((t) => t.status === 'approved') };
      });
    },

    /** `ownerUnitId`: the counts of one unit's dispositions only (a department in a campaign round). */
    overview(round: ReviewRoundRow, ownerUnitId?: number) {
      return { round, counts: toRoundCounts(reviewRepository.roundCounts(round.id, ownerUnitId)), missingInScope: reviewRepository.countMissingInScope(round) };
    },

    /**
     * A page of a round's dispositions, paged by SQL; the suggested category is known only in memory, so that
     * filter reads the round's filtered rows and pages after it.
     */
    list(roundId: number, query: DispositionListQuery & { ownerUnitId?: number }, reader: ListReader = { userId: null }) {
      const page = { offset: query.offset, limit: query.limit };
      if (!query.suggested) {
        return { total: reviewRepository.countDispositions(roundId, query, reader), dispositions: views(reviewRepository.listDispositions(roundId, query, { page, reader })) };
      }
      const { suggestions } = suggestionService.snapshot();
      const rows = reviewRepository.listDispositions(roundId, query, { reader })
        .filter((row) => row.documentId !== null && suggestions.get(row.documentId)?.category === query.suggested);
      return { total: rows.length, dispositions: views(rows.slice(page.offset, page.offset + page.limit)) };
    },

    /** The ids of every disposition of the round that passes the filter, in the list's order. */
    matchingIds(roundId: number, filter: DispositionFilter, reader: ListReader): number[] {
      return suggestedOnly(reviewRepository.listedIds(roundId, filter, reader), filter).map((row) => row.id);
    },

    /**
     * Where a disposition stands in its round's list under a filter: the one before and after it, its place and
     * the count. One that no longer passes the filter (just approved, say) keeps its place between its neighbours.
     */
    neighbours(roundId: number, id: number, filter: DispositionFilter & { ownerUnitId?: number }, reader: ListReader) {
      const matching = suggestedOnly(reviewRepository.listedIds(roundId, filter, reader), filter);
      const at = matching.findIndex((row) => row.id === id);
      const rows = at >= 0 ? matching : suggestedOnly(reviewRepository.listedIds(roundId, filter, reader, id), filter, id);
      const index = at >= 0 ? at : rows.findIndex((row) => row.id === id);
      return { previous: rows[index - 1]?.id ?? null, next: rows[index + 1]?.id ?? null, position: at >= 0 ? at + 1 : null, total: matching.length };
    },

    /** One disposition with its history and the documents its evidence names. */
    detail(id: number) {
      const row = reviewRepository.getDisposition(id);
      const [view] = views([row]);
      const { relations } = suggestionService.snapshot();
      const relatedIds = new Set([
        ...(view!.suggestion?.reasons ?? []).flatMap((r) => r.relatedIds),
        ...view!.acceptedReasons.flatMap((r) => r.relatedIds),
        ...view!.legalBasis.flatMap((b) => ('documentId' in b ? [b.documentId] : [])),
        ...(row.draftDocumentId ? [row.draftDocumentId] : []),
      ]);
      return {
        disposition: view!,
        related: [...relatedIds].map((relatedId) => brief(relations.byId.get(relatedId))).filter((d) => d !== null),
        history: reviewRepository.historyOfDisposition(id).map(toHistoryView),
      };
    },

    /** A document's review across rounds: its suggestion, its dispositions and their history. */
    document(documentId: number, visible: (round: ReviewRoundRow, disposition: DispositionRow) => boolean = () => true) {
      const { suggestions } = suggestionService.snapshot();
      const all = reviewRepository.dispositionsOfDocument(documentId);
      const rounds = all.filter(({ round, disposition }) => visible(round, disposition));
      const hidden = new Set(all.filter((entry) => !rounds.includes(entry)).map(({ disposition }) => disposition.id));
      const dispositionViews = views(rounds.map((r) => r.disposition));
      return {
        suggestion: suggestions.get(documentId) ?? null,
        dispositions: rounds.map(({ round }, i) => ({ round: { id: round.id, name: round.name }, disposition: dispositionViews[i]! })),
        history: reviewRepository.historyOfDocument(documentId).filter((row) => !hidden.has(row.dispositionId)).map(toHistoryView),
      };
    },

    /** The links the suggestion rules stand on: versions, repeals, citations. */
    relationsOf(documentId: number) {
      const { relations } = suggestionService.snapshot();
      return {
        versions: relations.versionsOf(documentId).map(brief),
        repealedBy: relations.repealedBy(documentId).map(brief),
        repeals: relations.repeals(documentId).map(brief),
        cites: relations.cites(documentId).map(({ title, versions }) => ({ title, documents: versions.map(brief) })),
        citedBy: relations.citedBy(documentId).map(brief),
      };
    },
  };
}

export type ReviewQueries = ReturnType<typeof createReviewQueries>;
