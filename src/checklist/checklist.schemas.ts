import { z } from '../shared/zod.js';
import { CATEGORIES } from '../review/review.table.js';

/** `all=1` includes what is not yet approved: a draft for comments. */
const includeUnapproved = z.preprocess((value) => value === '1' || value === 'true', z.boolean()).default(false);

export const checklistQuerySchema = z.object({ all: includeUnapproved });

export const CHECKLIST_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

export const exportQuerySchema = z.object({ format: z.enum(CHECKLIST_FORMATS), all: includeUnapproved });

export const compareQuerySchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

/** The checklist page: a category to show, and two versions to compare. */
export const checklistPageQuerySchema = checklistQuerySchema.extend({
  category: z.enum(CATEGORIES).optional().catch(undefined),
  from: z.coerce.number().int().positive().optional().catch(undefined),
  to: z.coerce.number().int().positive().optional().catch(undefined),
});
