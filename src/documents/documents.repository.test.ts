import { expect, test } from 'vitest';
import { createInMemoryDatabase } from '../db/database.js';
import type { DocumentMetadata } from './documents.types.js';
import { createDocumentsRepository } from './documents.repository.js';

const metadata: DocumentMetadata = {
  title: '测试办法', wrapperTitle: null, docNumber: null, issuer: null, issuedOn: null, effectiveOn: null, expiresOn: null,
  docType: '办法', provisional: null, level: null, articleCount: 0, citations: [], repeals: [],
};

test('a document whose content cannot be written leaves no row behind', () => {
  const db = createInMemoryDatabase();
  const repository = createDocumentsRepository({ db, hooks: [] });
  const now = new Date();
  expect(() => repository.insert({
    row: { sha256: 'a'.repeat(64), fileName: 'a.txt', format: 'txt', sizeBytes: 1, ...metadata, extracted: metadata, createdAt: now, updatedAt: now },
    content: { text: null as unknown as string, searchText: '', html: null, structure: { nodes: [] } },
    derived: { searchBody: '', fingerprint: null },
    bytes: Buffer.from('x'),
  })).toThrow();
  const count = (table: string) => (db.$client.prepare(`select count(*) as c from ${table}`).get() as { c: number }).c;
  expect([count('documents'), count('document_contents'), count('document_files')]).toEqual([0, 0, 0]);
});
