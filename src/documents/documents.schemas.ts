import { emptyToUndefined, isoDate, optionalText, plainText, z } from '../shared/zod.js';
import { normaliseDocNumber } from '../text/doc-number.js';
import { DOCUMENT_LEVELS, PROVISIONAL_KINDS } from './documents.types.js';
import type { SQL } from 'drizzle-orm';
import type { DocumentFilters } from './documents.filters.js';
import { VALIDITY_STATUSES } from './documents.models.js';
import { SORT_KEYS } from './documents.repository.js';

const year = z.preprocess(emptyToUndefined, z.coerce.number().int().min(1900).max(2200).optional());

/** The filter fields the document list and search share, as the query string names them. */
export const filterFieldsSchema = z.object({
  type: z.preprocess(emptyToUndefined, z.string().max(50).optional()),
  issuer: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  level: z.preprocess(emptyToUndefined, z.enum(DOCUMENT_LEVELS).optional()),
  yearFrom: year,
  yearTo: year,
  status: z.preprocess(emptyToUndefined, z.enum(VALIDITY_STATUSES).optional()),
});
export type FilterFieldsInput = z.output<typeof filterFieldsSchema>;

/** The filter fields in the inventory's own terms; `extra` is what other features contributed. */
export function toDocumentFilters(input: FilterFieldsInput, today: string, extra?: SQL): DocumentFilters {
  return { docType: input.type, issuer: input.issuer, level: input.level, yearFrom: input.yearFrom, yearTo: input.yearTo, status: input.status, extra, today };
}

export const listQuerySchema = filterFieldsSchema.extend({
  q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(SORT_KEYS).default('issuedOn')),
  order: z.preprocess(emptyToUndefined, z.enum(['asc', 'desc']).default('desc')),
  cursor: z.preprocess(emptyToUndefined, z.string().max(500).optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListQueryInput = z.output<typeof listQuerySchema>;

export const idParamSchema = z.object({ id: z.coerce.number().int().positive() });

const titleList = z.array(plainText(200).pipe(z.string().min(1))).max(500);

export const metadataPatchSchema = z.object({
  title: plainText(300).pipe(z.string().min(1, '标题不能为空')),
  wrapperTitle: optionalText(300),
  docNumber: optionalText(100).transform((v) => (v ? normaliseDocNumber(v) : v)),
  issuer: optionalText(200),
  issuedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  docType: optionalText(50),
  provisional: z.enum(PROVISIONAL_KINDS).nullable(),
  level: z.enum(DOCUMENT_LEVELS).nullable(),
  articleCount: z.number().int().min(0).max(100000),
  citations: titleList,
  repeals: titleList,
}).partial().strict();

export const metadataUpdateSchema = z.object({
  changes: metadataPatchSchema.default({}),
  reset: z.array(metadataPatchSchema.keyof()).default([]),
}).strict();

/** Which page of a long text the document page shows. */
export const textPageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1) });

/** The two documents a comparison (新旧对照) shows: `from` the old version, `to` the new. */
export const compareQuerySchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

/** The comparison page also opens with one or neither document chosen, to pick them. */
export const comparePageQuerySchema = z.object({
  from: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
  to: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
});

/** The document that revised this one, or null to remove the link. */
export const revisionLinkSchema = z.object({ revisedById: z.number().int().positive().nullable() }).strict();
