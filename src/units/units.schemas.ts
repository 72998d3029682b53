import { emptyToUndefined, NON_EMPTY_PATCH_MESSAGE, nonEmptyPatch, optionalText, plainText, z } from '../shared/zod.js';
import { UNIT_KINDS } from './units.table.js';

const name = plainText(60).pipe(z.string().min(1, '请填写单位全称'));
const alias = plainText(60).pipe(z.string().min(1));
/** 机关代字: Chinese characters only (平政办, 平财发), as they stand before the year of a 文号. */
const code = z.string().trim().regex(/^[\u4e00-\u9fa5]{1,10}$/, '机关代字应为 1–10 个汉字，如 平政办发');

const unitFields = {
  name,
  shortName: optionalText(30).default(null),
  aliases: z.array(alias).max(20).default([]),
  codes: z.array(code).max(10).default([]),
  kind: z.enum(UNIT_KINDS).default('department'),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
};

export const newUnitSchema = z.object(unitFields).strict();
export type NewUnitInput = z.output<typeof newUnitSchema>;

export const unitUpdateSchema = z.object({
  name, shortName: optionalText(30), aliases: z.array(alias).max(20), codes: z.array(code).max(10),
  kind: z.enum(UNIT_KINDS), active: z.boolean(), sortOrder: z.number().int().min(0).max(100_000),
}).partial().strict().refine(nonEmptyPatch, NON_EMPTY_PATCH_MESSAGE);
export type UnitUpdateInput = z.output<typeof unitUpdateSchema>;

export const unitIdParamSchema = z.object({ id: z.coerce.number().int().positive() });
export const unitListQuerySchema = z.object({ active: z.preprocess(emptyToUndefined, z.enum(['0', '1']).optional()) });

/** A document's responsible units as the legal office sets them: the lead (or none) and the other units of a joint document. */
export const documentUnitsSchema = z.object({
  leadUnitId: z.number().int().positive().nullable(),
  otherUnitIds: z.array(z.number().int().positive()).max(20).default([]),
}).strict();
export type DocumentUnitsInput = z.output<typeof documentUnitsSchema>;

export const recomputeSchema = z.object({
  /** Also replace what the legal office set by hand (never by default). */
  includeManual: z.boolean().default(false),
}).strict();
