import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { usersTable } from '../auth/auth.table.js';
import { reviewRoundsTable } from '../review/review.table.js';
import { PUBLICATION_KINDS, type PublishedList, type PublishedRow } from './publication.models.js';

/**
 * The document that publishes a round's result (公布清理结果的决定/通知), drafted by the legal office; once a
 * leader publishes it, the lists are kept as they were published, and the round is closed.
 */
export const roundPublicationsTable = sqliteTable('round_publications', {
  roundId: integer('round_id').primaryKey().references(() => reviewRoundsTable.id),
  kind: text('kind', { enum: PUBLICATION_KINDS }).notNull().default('decision'),
  issuer: text('issuer').notNull().default(''),
  docNumber: text('doc_number').notNull().default(''),
  issuedOn: text('issued_on'),
  subject: text('subject').notNull().default('规范性文件'),
  /** Empty: the drafted wording. */
  title: text('title').notNull().default(''),
  addressee: text('addressee').notNull().default(''),
  body: text('body').notNull().default(''),
  copyTo: text('copy_to').notNull().default(''),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedByName: text('updated_by_name'),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  publishedById: integer('published_by_id').references(() => usersTable.id, { onDelete: 'set null' }),
  publishedByName: text('published_by_name'),
  /** The lists as published; null until then. */
  lists: text('lists', { mode: 'json' }).$type<Record<PublishedList, PublishedRow[]>>(),
});

export type RoundPublicationRow = typeof roundPublicationsTable.$inferSelect;
