import { and, desc, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { createInMemoryDatabase } from '../db/database.js';
import { documentFilterConditions } from './documents.filters.js';
import type { ValidityStatus } from './documents.models.js';
import { documentsTable } from './documents.table.js';

const db = createInMemoryDatabase();
function planOf(status: ValidityStatus) {
  const query = db.select().from(documentsTable).where(and(documentFilterConditions({ status, today: '2026-11-30' })))
    .orderBy(desc(sql`coalesce(${documentsTable.issuedOn}, '')`), desc(documentsTable.id)).limit(51).toSQL();
  return (db.$client.prepare(`explain query plan ${query.sql}`).all(...query.params) as { detail: string }[]).map((row) => row.detail).join('; ');
}

test.each(['in_force', 'expired', 'pending'] as const)('the list filtered by %s walks its sort index, not the few documents with a clean-up outcome', (status) => {
  expect(planOf(status)).toContain('documents_issued_on_idx');
  expect(planOf(status)).not.toContain('TEMP B-TREE');
});

test.each(['abolished', 'to_revise', 'revised'] as const)('the list filtered by %s reads the status index', (status) => {
  expect(planOf(status)).toContain('documents_cleanup_status_idx');
});
