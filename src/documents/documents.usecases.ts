import { and, type SQL } from 'drizzle-orm';
import type { DocumentTextMatcher } from './documents.filters.js';
import { toLines } from '../text/clean-text.js';
import { compareVersions } from './documents.compare.js';
import { createCompareSameDocumentError, createRevisionCycleError, createRevisionSelfError } from './documents.errors.js';
import { effectiveMetadata, indexedPart, INDEXED_TEXT_CHARS, toDocumentSummary } from './documents.models.js';
import type { DocumentsRepository } from './documents.repository.js';
import { toDocumentFilters, type ListQueryInput } from './documents.schemas.js';
import type { DocumentMetadata } from './documents.types.js';

/**
 * Records a user's corrections. A field set to what the parser found drops its override, so a later
 * parser improvement can reach it again; `reset` drops overrides explicitly.
 */
export function correctDocumentMetadata({ id, changes, reset = [], documentsRepository, now = new Date() }: {
  id: number;
  changes: Partial<DocumentMetadata>;
  reset?: (keyof DocumentMetadata)[];
  documentsRepository: DocumentsRepository;
  now?: Date;
}) {
  const row = documentsRepository.getById(id);
  const overrides: Partial<DocumentMetadata> = { ...row.overrides, ...changes };
  for (const field of Object.keys(changes) as (keyof DocumentMetadata)[]) {
    if (JSON.stringify(row.extracted[field]) === JSON.stringify(changes[field])) delete overrides[field];
  }
  for (const field of reset) delete overrides[field];
  return documentsRepository.updateMetadata(id, { overrides, effective: effectiveMetadata(row.extracted, overrides), updatedAt: now });
}

/** A page of the document list with its total: the same for the page and the API. */
export function listDocuments({ input, extra, today, documentsRepository, matchText }: {
  input: ListQueryInput; extra: SQL | undefined; today: string; documentsRepository: DocumentsRepository; matchText: DocumentTextMatcher;
}) {
  const query = { ...toDocumentFilters(input, today, and(extra, matchText(input.q))), sort: input.sort, order: input.order, cursor: input.cursor, limit: input.limit };
  const { rows, nextCursor } = documentsRepository.list(query);
  return { documents: rows.map((row) => toDocumentSummary(row, today)), nextCursor, total: documentsRepository.count(query) };
}

/**
 * 新旧对照 of two documents, `from` the old version and `to` the new. Only the indexed beginning of a long
 * text is compared (where its articles were found); `truncated` says which side was cut.
 */
export function compareDocuments({ fromId, toId, today, documentsRepository }: {
  fromId: number; toId: number; today: string; documentsRepository: DocumentsRepository;
}) {
  if (fromId === toId) throw createCompareSameDocumentError();
  const from = documentsRepository.getById(fromId);
  const to = documentsRepository.getById(toId);
  const side = (id: number) => {
    const content = documentsRepository.getComparable(id);
    const truncated = content.length > INDEXED_TEXT_CHARS;
    return { side: { lines: toLines(truncated ? indexedPart(content.text) : content.text), nodes: content.structure.nodes }, truncated };
  };
  const old = side(fromId);
  const next = side(toId);
  return {
    from: { ...toDocumentSummary(from, today), truncated: old.truncated },
    to: { ...toDocumentSummary(to, today), truncated: next.truncated },
    ...compareVersions(old.side, next.side),
  };
}
export type DocumentComparison = ReturnType<typeof compareDocuments>;

/**
 * Links the document that revised `id` (its new version, such as the revision of a 完善 document), or
 * unlinks it with null. A chain of revisions may not come back to the document.
 */
export function linkRevision({ id, revisedById, documentsRepository }: { id: number; revisedById: number | null; documentsRepository: DocumentsRepository }) {
  documentsRepository.getById(id);
  if (revisedById !== null) {
    if (revisedById === id) throw createRevisionSelfError();
    for (let next: number | null = revisedById, steps = 0; next !== null && steps < 1000; steps++) {
      if (next === id) throw createRevisionCycleError();
      next = documentsRepository.getById(next).revisedById;
    }
  }
  return documentsRepository.setRevisedBy(id, revisedById);
}
