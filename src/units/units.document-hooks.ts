import type { DocumentHooks } from '../documents/documents.repository.js';
import { createUnitsRepository } from './units.repository.js';
import { proposeDocumentUnits } from './units.usecases.js';

/**
 * Proposes a stored or corrected document's responsible units from its issuer and 文号, in the document's
 * own transaction; what the legal office set by hand stays.
 */
export function createUnitsDocumentHooks(): DocumentHooks {
  return {
    written(tx, { document }) {
      proposeDocumentUnits(tx, document, createUnitsRepository({ db: tx }).list());
    },
  };
}
