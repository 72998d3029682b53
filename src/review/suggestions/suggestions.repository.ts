import { and, count, eq, isNull, max, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/database.js';
import { documentContentsTable, documentsTable } from '../../documents/documents.table.js';
import { dispositionsTable, documentFingerprintsTable } from '../review.table.js';
import { signatureFromBytes, signatureToBytes } from '../../text/fingerprint.js';
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

    /** Documents without a fingerprint (imported before fingerprints were made at import), a page at a time. */
    missingFingerprints(limit: number) {
      return db.select({ id: documentContentsTable.documentId, searchText: documentContentsTable.searchText })
        .from(documentContentsTable)
        .leftJoin(documentFingerprintsTable, eq(documentFingerprintsTable.documentId, documentContentsTable.documentId))
        .where(isNull(documentFingerprintsTable.documentId))
        .limit(limit).all();
    },

    saveFingerprints(rows: { documentId: number; signature: Uint32Array | null }[], computedAt: Date) {
      db.transaction((tx) => {
        for (const { documentId, signature } of rows) {
          tx.insert(documentFingerprintsTable).values({ documentId, signature: signature && signatureToBytes(signature), computedAt }).run();
        }
      });
    },

    fingerprints(): Map<number, Uint32Array> {
      const rows = db.select({ documentId: documentFingerprintsTable.documentId, signature: documentFingerprintsTable.signature })
        .from(documentFingerprintsTable).where(sql`${documentFingerprintsTable.signature} is not null`).all();
      return new Map(rows.map((row) => [row.documentId, signatureFromBytes(row.signature!)]));
    },
  };
}
