import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reviewRoundsTable } from './review.table.js';

/** What happens to a unit's list as a whole in a campaign round: 报送, the legal office returning it, a 催报. */
export const CAMPAIGN_EVENT_KINDS = ['reported', 'returned', 'reminded'] as const;
export type CampaignEventKind = (typeof CAMPAIGN_EVENT_KINDS)[number];

/**
 * A unit's list in a campaign round: each 报送 with its statement, each return of the whole list and each
 * reminder, with who and when. Append-only, like the disposition history (which also records each item).
 * The unit id is not a foreign key, so the record outlives a unit's removal.
 */
export const campaignEventsTable = sqliteTable('campaign_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => reviewRoundsTable.id),
  unitId: integer('unit_id').notNull(),
  kind: text('kind', { enum: CAMPAIGN_EVENT_KINDS }).notNull(),
  /** The unit's statement (报送说明), or the legal office's comment or reminder. */
  text: text('text').notNull().default(''),
  /** For `reported`: how many items it reported. */
  itemCount: integer('item_count').notNull().default(0),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  actorId: integer('actor_id'),
  actorName: text('actor_name'),
}, (table) => [index('campaign_events_round_unit_idx').on(table.roundId, table.unitId)]);

export type CampaignEventRow = typeof campaignEventsTable.$inferSelect;
