import { z } from '../shared/zod.js';
import { isoFromParts } from '../ingest/metadata/dates.js';
import { normaliseDocNumber } from '../ingest/metadata/doc-number.js';
import { DOCUMENT_LEVELS, PROVISIONAL_KINDS } from '../ingest/metadata/metadata.types.js';
import { VALIDITY_STATUSES } from './documents.models.js';
import { SORT_KEYS } from './documents.repository.js';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const year = z.preprocess(emptyToUndefined, z.coerce.number().int().min(1900).max(2200).optional());

export const listQuerySchema = z.object({
  type: z.preprocess(emptyToUndefined, z.string().max(50).optional()),
  issuer: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  level: z.preprocess(emptyToUndefined, z.enum(DOCUMENT_LEVELS).optional()),
  yearFrom: year,
  yearTo: year,
  status: z.preprocess(emptyToUndefined, z.enum(VALIDITY_STATUSES).optional()),
  q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(SORT_KEYS).default('issuedOn')),
  order: z.preprocess(emptyToUndefined, z.enum(['asc', 'desc']).default('desc')),
  cursor: z.preprocess(emptyToUndefined, z.string().max(500).optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListQueryInput = z.output<typeof listQuerySchema>;

export const idParamSchema = z.object({ id: z.coerce.number().int().positive() });

const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!match && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}, '日期应为真实存在的日期，格式 YYYY-MM-DD');
/** Text as a person types it: no control characters, which no title or 文号 contains. */
const plainText = (max: number) => z.string().trim().max(max).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), '不能包含控制字符');
const optionalText = (max: number) => plainText(max).transform((v) => (v === '' ? null : v)).nullable();
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
