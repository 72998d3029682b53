import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const TRACKING_KINDS = ['institution', 'mechanism'] as const;
export type TrackingKind = (typeof TRACKING_KINDS)[number];

/**
 * The institutions to perfect and mechanisms to create (八项制度、六项机制). The brief's fourteen are seeded
 * by drizzle/0007_review_seed.sql; they are data, so another city can keep its own list.
 */
export const trackingItemsTable = sqliteTable('tracking_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: TRACKING_KINDS }).notNull(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export type TrackingItemRow = typeof trackingItemsTable.$inferSelect;
