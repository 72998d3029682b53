import type { DocumentMetadata } from './documents.types.js';
import { effectiveMetadata } from './documents.models.js';
import type { DocumentsRepository } from './documents.repository.js';

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
