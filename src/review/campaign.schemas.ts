import { isoDate, paragraphText, z } from '../shared/zod.js';
import { createProposalSchema, dispositionPatchSchema } from './review.schemas.js';
import { CATEGORIES } from './review.table.js';

export const launchCampaignSchema = z.object({ submitBy: isoDate.nullable().default(null) }).strict();

/** The unit that proposes a disposition; null gives it back to the legal office. */
export const ownerSchema = z.object({ unitId: z.number().int().positive().nullable() }).strict();

/** What a department writes on its own disposition: its proposal, not the unit or the workflow. */
export const unitPatchSchema = dispositionPatchSchema.pick({
  category: true, groundId: true, reason: true, legalBasis: true, deadline: true, itemIds: true, proposedTitle: true, proposedScope: true, gap: true,
}).strict();

/** A department's 新建 proposal: always for its own unit. */
export const unitProposalSchema = createProposalSchema.omit({ responsibleUnit: true, responsibleUnitId: true }).strict();

const ids = z.array(z.number().int().positive()).min(1, '请至少选择一项').max(1000);

export const acceptSuggestionsSchema = z.object({ ids }).strict();

/** 报送: the unit's list as a whole, with a short statement. */
export const reportSchema = z.object({ statement: paragraphText(2000).pipe(z.string().min(1, '请填写报送说明')) }).strict();

export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('agree'), ids, comment: paragraphText(1000).optional() }).strict(),
  z.object({ action: z.literal('return'), ids, comment: paragraphText(1000).pipe(z.string().min(1, '退回时请写明意见')) }).strict(),
]);
export type ReviewAction = z.output<typeof reviewActionSchema>;

/** The legal office's own version of a unit's proposal, with its reason; the unit's stays beside it. */
export const amendSchema = z.object({
  category: z.enum(CATEGORIES),
  groundId: z.number().int().positive(),
  reason: paragraphText(2000),
  deadline: isoDate.nullable().optional(),
  note: paragraphText(1000).pipe(z.string().min(1, '修改时请写明审核意见')),
}).strict();
export type AmendInput = z.output<typeof amendSchema>;

export const unitReturnSchema = z.object({ comment: paragraphText(1000).pipe(z.string().min(1, '退回时请写明意见')) }).strict();

export const remindSchema = z.object({ message: paragraphText(500).pipe(z.string().min(1)).default('请按时报送本单位的清理意见') }).strict();

export const roundUnitParamSchema = z.object({ id: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive() });
