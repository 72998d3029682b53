import { z } from '../../shared/zod.js';

/** A document's whole text as corrected by staff; a 公文 of a few hundred pages stays well under this. */
export const textCorrectionSchema = z.object({ text: z.string().trim().min(1, '文字不能为空').max(2_000_000, '文字过长') });

export const pageParamSchema = z.object({
  id: z.coerce.number().int().positive(),
  page: z.coerce.number().int().positive(),
});
