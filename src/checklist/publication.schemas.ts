import { isoDate, paragraphText, plainText, z } from '../shared/zod.js';
import { PUBLICATION_KINDS } from './publication.models.js';

/** The publishing document's details as the legal office saves them; empty texts take the drafted wording. */
export const publicationDetailsSchema = z.object({
  kind: z.enum(PUBLICATION_KINDS).default('decision'),
  issuer: plainText(100).default(''),
  docNumber: plainText(60).default(''),
  issuedOn: isoDate.nullable().default(null),
  subject: plainText(20).min(1).default('规范性文件'),
  title: plainText(200).default(''),
  addressee: paragraphText(500).default(''),
  body: paragraphText(20_000).default(''),
  copyTo: paragraphText(500).default(''),
}).strict();

export const PUBLICATION_FORMATS = ['docx', 'html', 'xlsx'] as const;
export type PublicationFormat = (typeof PUBLICATION_FORMATS)[number];
export const publicationExportQuerySchema = z.object({ format: z.enum(PUBLICATION_FORMATS) });
