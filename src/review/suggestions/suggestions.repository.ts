import { and, eq, gt, isNull, max, count, or, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/database.js';
import { documentContentsTable, documentsTable } from '../../documents/documents.table.js';
import { dispositionsTable, documentFingerprintsTable } from '../review.table.js';
import type { InventoryEntry } from './relations.js';

export function createSuggestionsRepository({ db }: { db: AppDatabase }) {
  return {
    /** Changes whenever a document is added, changed or deleted, so what is derived from them knows it is stale. */
    documentsStamp(): string {
      return JSON.stringify(db.select({ count: count(), updatedAt: max(documentsTable.updatedAt), id: max(documentsTable.id) }).from(documentsTable).get());
    },

    inventory(): InventoryEntry[] {
      return db.select({
        id: documentsTable.id, title: documentsTable.title, docNumber: documentsTable.docNumber, issuer: documentsTable.issuer, issuedOn: documentsTable.issuedOn,
        effectiveOn: documentsTable.effectiveOn, expiresOn: documentsTable.expiresOn, provisional: documentsTable.provisional,
        citations: documentsTable.citations, repeals: documentsTable.repeals,
      }).from(documentsTable).all();
    },

    abolishedIds(): Set<number> {
      const rows = db.select({ documentId: dispositionsTable.documentId }).from(dispositionsTable)
        .where(and(eq(dispositionsTable.status, 'approved'), eq(dispositionsTable.category, 'abolish'))).all();
      return new Set(rows.map((row) => row.documentId).filter((id): id is number => id !== null));
    },

    /** Documents whose fingerprint is missing or older than their last change, a page at a time. */
    staleFingerprints(limit: number) {
      return db.select({ id: documentsTable.id, searchText: documentContentsTable.searchText })
        .from(documentsTable)
        .innerJoin(documentContentsTable, eq(documentContentsTable.documentId, documentsTable.id))
        .leftJoin(documentFingerprintsTable, eq(documentFingerprintsTable.documentId, documentsTable.id))
        .where(or(isNull(documentFingerprintsTable.documentId), gt(documentsTable.updatedAt, documentFingerprintsTable.computedAt)))
        .limit(limit).all();
    },

    saveFingerprints(rows: { documentId: number; signature: Uint32Array | null }[], computedAt: Date) {
      db.transaction((tx) => {
        for (const { documentId, signature } of rows) {
          const values = { documentId, signature: signature ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null, computedAt };
          tx.insert(documentFingerprintsTable).values(values)
            .onConflictDoUpdate({ target: documentFingerprintsTable.documentId, set: { signature: values.signature, computedAt } }).run();
        }
      });
    },

    fingerprints(): Map<number, Uint32Array> {
      const rows = db.select({ documentId: documentFingerprintsTable.documentId, signature: documentFingerprintsTable.signature })
        .from(documentFingerprintsTable).where(sql`${documentFingerprintsTable.signature} is not null`).all();
      // Copy into aligned memory: a Buffer from SQLite may start at any byte offset.
      return new Map(rows.map((row) => [row.documentId, new Uint32Array(new Uint8Array(row.signature!).buffer)]));
    },
  };
}
