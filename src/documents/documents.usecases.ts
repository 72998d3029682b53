import type { SQL } from 'drizzle-orm';
import { effectiveMetadata, toDocumentSummary } from './documents.models.js';
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
export function listDocuments({ input, extra, today, documentsRepository }: {
  input: ListQueryInput; extra: SQL | undefined; today: string; documentsRepository: DocumentsRepository;
}) {
  const query = { ...toDocumentFilters(input, today, extra), text: input.q, sort: input.sort, order: input.order, cursor: input.cursor, limit: input.limit };
  const { rows, nextCursor } = documentsRepository.list(query);
  return { documents: rows.map((row) => toDocumentSummary(row, today)), nextCursor, total: documentsRepository.count(query) };
}
