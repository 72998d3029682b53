import { and, eq, isNull } from 'drizzle-orm';
import type { DocumentHooks } from '../documents/documents.repository.js';
import { signatureToBytes } from '../text/fingerprint.js';
import { forgetVersion, recordVersion } from './review.cleanup-status.js';
import { createDocumentInReviewError } from './review.errors.js';
import { dispositionsTable, documentFingerprintsTable } from './review.table.js';

/**
 * What the review does when documents change: it keeps each document's near-duplicate fingerprint (made by
 * the worker that read it) and the clean-up status of its versions (a newer one makes them 已被修订), and lets a document go only while no round has decided anything about it (its
 * undecided places in rounds go with it).
 */
export function createReviewDocumentHooks(): DocumentHooks {
  return {
    written(tx, { document, derived }) {
      // A new or changed version, or a revision linked: its status and that of its other versions.
      recordVersion(tx, document);
      if (!derived) return; // only the metadata changed: the text, and so the fingerprint, is the same
      const fingerprint = { signature: derived.fingerprint && signatureToBytes(derived.fingerprint), computedAt: document.updatedAt };
      tx.insert(documentFingerprintsTable).values({ documentId: document.id, ...fingerprint })
        .onConflictDoUpdate({ target: documentFingerprintsTable.documentId, set: fingerprint }).run();
    },
    deleting(tx, documentId) {
      tx.delete(dispositionsTable).where(and(eq(dispositionsTable.documentId, documentId), isNull(dispositionsTable.category), eq(dispositionsTable.status, 'draft'))).run();
      if (tx.select({ id: dispositionsTable.id }).from(dispositionsTable).where(eq(dispositionsTable.documentId, documentId)).limit(1).get()) {
        throw createDocumentInReviewError();
      }
      forgetVersion(tx, documentId);
    },
  };
}
