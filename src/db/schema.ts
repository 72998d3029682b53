// Every table of the app, for drizzle-kit only (the app's database handle is untyped by schema).
export * from '../documents/documents.table.js';
export * from '../notifications/notifications.table.js';
export * from '../auth/auth.table.js';
export * from '../auth/audit.table.js';
export * from '../units/units.table.js';
export * from '../tracking/tracking.table.js';
export * from '../review/review.table.js';
export * from '../review/campaign.table.js';
export * from '../checklist/checklist.table.js';
export * from '../review/bulk/bulk.table.js';
export * from '../search/saved-search.table.js';
export * from '../checklist/publication.table.js';
