import { DOCUMENT_LEVELS } from '../documents/documents.types.js';
import { emptyToUndefined, isoDate, NON_EMPTY_PATCH_MESSAGE, nonEmptyPatch, optionalText, paragraphText, plainText, z } from '../shared/zod.js';
import { CATEGORIES, DISPOSITION_STATUSES } from './review.table.js';

const year = z.number().int().min(1900).max(2200);

export const roundScopeSchema = z.object({
  issuer: plainText(200).pipe(z.string().min(1)).optional(),
  level: z.enum(DOCUMENT_LEVELS).optional(),
  docType: plainText(50).pipe(z.string().min(1)).optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  allKinds: z.boolean().optional(),
}).strict().refine((scope) => !scope.yearFrom || !scope.yearTo || scope.yearFrom <= scope.yearTo, { message: '起始年份不能晚于结束年份', path: ['yearTo'] });

export const createRoundSchema = z.object({
  name: plainText(100).pipe(z.string().min(1, '请填写批次名称')),
  scope: roundScopeSchema.default({}),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
}).strict().refine((round) => !round.startsOn || !round.endsOn || round.startsOn <= round.endsOn, { message: '开始日期不能晚于结束日期', path: ['endsOn'] });

export const legalBasisSchema = z.array(z.union([
  z.object({ documentId: z.number().int().positive() }).strict(),
  z.object({ text: plainText(300).pipe(z.string().min(1)) }).strict(),
])).max(50);

const itemIds = z.array(z.number().int().positive()).max(50);

/** What staff may write on a disposition; every field optional, null clears it. */
export const dispositionPatchSchema = z.object({
  category: z.enum(CATEGORIES).nullable(),
  groundId: z.number().int().positive().nullable(),
  reason: paragraphText(2000),
  legalBasis: legalBasisSchema,
  responsibleUnit: optionalText(100),
  /** The unit chosen from the managed list; `responsibleUnit`, a name, is matched against it (an unknown one is refused). */
  responsibleUnitId: z.number().int().positive().nullable(),
  deadline: isoDate.nullable(),
  itemIds,
  proposedTitle: optionalText(300),
  proposedScope: optionalText(1000),
  gap: optionalText(1000),
  draftDocumentId: z.number().int().positive().nullable(),
}).partial().strict();
export type DispositionPatch = z.output<typeof dispositionPatchSchema>;

/** A rule to be newly created: no document, a proposed title and the gap it fills. */
export const createProposalSchema = z.object({
  proposedTitle: plainText(300).pipe(z.string().min(1, '请填写拟新建制度的名称')),
  proposedScope: optionalText(1000).default(null),
  gap: optionalText(1000).default(null),
  reason: paragraphText(2000).default(''),
  responsibleUnit: optionalText(100).default(null),
  responsibleUnitId: z.number().int().positive().nullable().default(null),
  deadline: isoDate.nullable().default(null),
  itemIds: itemIds.default([]),
}).strict();

const ids = z.array(z.number().int().positive()).min(1, '请至少选择一项').max(1000);

export const proposeActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('set'), ids,
    category: z.enum(CATEGORIES), groundId: z.number().int().positive(),
    reason: paragraphText(2000).optional(), responsibleUnit: optionalText(100).optional(),
    responsibleUnitId: z.number().int().positive().nullable().optional(), deadline: isoDate.nullable().optional(),
  }).strict(),
  z.object({ action: z.literal('accept_suggestion'), ids }).strict(),
  z.object({ action: z.literal('submit'), ids }).strict(),
]);
export type ProposeAction = z.output<typeof proposeActionSchema>;

export const decideActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), ids, comment: paragraphText(1000).optional() }).strict(),
  z.object({ action: z.literal('return'), ids, comment: paragraphText(1000).pipe(z.string().min(1, '退回时请写明意见')) }).strict(),
  z.object({ action: z.literal('reopen'), ids, comment: paragraphText(1000).pipe(z.string().min(1, '重新打开时请写明原因')) }).strict(),
]);
export type DecideAction = z.output<typeof decideActionSchema>;

export const dispositionListQuerySchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(DISPOSITION_STATUSES).optional()),
  category: z.preprocess(emptyToUndefined, z.enum([...CATEGORIES, 'undecided']).optional()),
  suggested: z.preprocess(emptyToUndefined, z.enum(['keep', 'improve', 'abolish']).optional()),
  unit: z.preprocess(emptyToUndefined, z.string().max(100).optional()),
  q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  offset: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(0)),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(100)),
});
export type DispositionListQuery = z.output<typeof dispositionListQuerySchema>;

export const createGroundSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, '编码应为小写英文字母、数字和下划线'),
  category: z.enum(CATEGORIES),
  action: z.enum(['继续有效', '修改', '废止', '宣布失效', '新建']),
  label: plainText(100).pipe(z.string().min(1, '请填写依据的表述')),
}).strict();

export const updateGroundSchema = z.object({
  label: plainText(100).pipe(z.string().min(1)),
  active: z.boolean(),
}).partial().strict().refine(nonEmptyPatch, NON_EMPTY_PATCH_MESSAGE);

/** A page of a round's history, newest first: entries before the id given. */
export const historyQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The round page: its list's filters, and where its history page starts. */
export const roundPageQuerySchema = dispositionListQuerySchema.extend({ historyBefore: z.coerce.number().int().positive().optional().catch(undefined) });
