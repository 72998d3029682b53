import { emptyToUndefined, isoDate, optionalText, paragraphText, plainText, z } from '../shared/zod.js';
import { STAGES, TRACKING_KINDS } from './tracking.table.js';

/** What the legal office assigns: who is responsible, by when, where it stands, how to find its documents. */
export const itemAssignmentSchema = z.object({
  /** A name, matched against the managed list of units; or the unit's id. An unknown unit is refused. */
  responsibleUnit: optionalText(100),
  responsibleUnitId: z.number().int().positive().nullable(),
  lead: optionalText(50),
  deadline: isoDate.nullable(),
  stage: z.enum(STAGES),
  keywords: z.array(plainText(50).pipe(z.string().min(1))).max(20),
}).partial().strict();

/** What an administrator changes in the list itself: names and groups. */
export const itemDefinitionSchema = z.object({
  name: plainText(100).pipe(z.string().min(1, '请填写名称')),
  kind: z.enum(TRACKING_KINDS),
  sortOrder: z.number().int().min(0).max(10000),
}).partial().strict();

export const newItemSchema = z.object({
  name: plainText(100).pipe(z.string().min(1, '请填写名称')),
  kind: z.enum(TRACKING_KINDS),
}).strict();

/** A progress report, sent as a form with optional attachments; `advance` moves the item to its next stage. */
export const reportSchema = z.object({
  text: paragraphText(5000).pipe(z.string().min(1, '请填写进展情况')),
  reportedOn: z.preprocess(emptyToUndefined, isoDate.optional()),
  advance: z.preprocess((value) => value === 'true' || value === '1' || value === true, z.boolean()).default(false),
}).strict();

export const linkDecisionSchema = z.object({ documentId: z.number().int().positive(), accepted: z.boolean() }).strict();

export const dueQuerySchema = z.object({ days: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(365).default(30)) });

export const dashboardQuerySchema = z.object({ unit: z.preprocess(emptyToUndefined, z.string().max(100).optional()) });

/** The office that issues briefings and checklists, and where briefings go. */
export const officeSettingsSchema = z.object({
  office: plainText(100).pipe(z.string().min(1, '请填写编印单位')),
  reportTo: plainText(300).default(''),
  copyTo: plainText(300).default(''),
}).strict();
