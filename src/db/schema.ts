// Every table of the app, for drizzle-kit and for the typed database handle.
export * from '../documents/documents.table.js';
