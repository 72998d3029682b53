import { and, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ValidityStatus } from './documents.models.js';
import { documentsTable } from './documents.table.js';
import { CLEANUP_STATUSES } from './documents.types.js';

/** The filters of the document list and of search, in the inventory's own terms. */
export type DocumentFilters = {
  docType?: string;
  issuer?: string;
  level?: string;
  yearFrom?: number;
  yearTo?: number;
  status?: ValidityStatus;
  /** Part of the title or 文号. */
  text?: string;
  /** A condition another feature contributes (review's category, tracking's items), already checked. */
  extra?: SQL;
  today: string;
};

/** The documents passing the filters, as a condition on the documents table. */
export function documentFilterConditions(filters: DocumentFilters): SQL | undefined {
  const t = documentsTable;
  const conditions: (SQL | undefined)[] = [
    filters.docType ? eq(t.docType, filters.docType) : undefined,
    filters.issuer ? eq(t.issuer, filters.issuer) : undefined,
    filters.level ? eq(t.level, filters.level) : undefined,
    filters.yearFrom ? gte(t.issuedOn, `${filters.yearFrom}-01-01`) : undefined,
    filters.yearTo ? lte(t.issuedOn, `${filters.yearTo}-12-31`) : undefined,
    filters.text ? or(sql`instr(${t.title}, ${filters.text}) > 0`, sql`instr(${t.docNumber}, ${filters.text}) > 0`) : undefined,
    filters.extra,
  ];
  // The status shown: the clean-up's outcome (an indexed column the review writes), else the dates.
  if (filters.status && (CLEANUP_STATUSES as readonly string[]).includes(filters.status)) conditions.push(sql`${t.cleanupStatus} = ${filters.status}`);
  // Most documents have no outcome: the unary + keeps SQLite from reading them through the status index
  // (and sorting them all) instead of walking the list's sort index.
  else if (filters.status) conditions.push(sql`+${t.cleanupStatus} is null`);
  if (filters.status === 'expired') conditions.push(sql`${t.expiresOn} < ${filters.today}`);
  if (filters.status === 'pending') conditions.push(sql`${t.effectiveOn} > ${filters.today} and (${t.expiresOn} is null or ${t.expiresOn} >= ${filters.today})`);
  if (filters.status === 'in_force') {
    conditions.push(sql`(${t.expiresOn} is null or ${t.expiresOn} >= ${filters.today}) and (${t.effectiveOn} is null or ${t.effectiveOn} <= ${filters.today})`);
  }
  return and(...conditions);
}

/**
 * A filter another feature adds to the document list and search, read from the same query string: it
 * validates its own parameters, checks that the viewer may use them, and returns a condition on the
 * documents table (or undefined when its parameters are absent).
 */
export type DocumentFilterContributor = (query: Record<string, string>, viewer: { role: string } | null) => SQL | undefined;

/**
 * How the document list reads its "title or 文号 contains" text, as a condition on the documents table:
 * search hands its own reading down (folded as the index is), so the list finds what search finds.
 */
export type DocumentTextMatcher = (text: string | undefined) => SQL | undefined;
