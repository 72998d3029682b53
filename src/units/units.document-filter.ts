import { sql } from 'drizzle-orm';
import type { DocumentFilterContributor } from '../documents/documents.filters.js';
import { documentsTable } from '../documents/documents.table.js';
import { parseWith } from '../shared/validation.js';
import { emptyToUndefined, z } from '../shared/zod.js';
import { documentUnitsTable } from './units.table.js';

/** `unit=ID`: the documents a unit leads or takes part in; `unit=none`: those without a responsible unit. */
export const unitFilterSchema = z.object({
  unit: z.preprocess(emptyToUndefined, z.union([z.literal('none'), z.coerce.number().int().positive()]).optional()),
});

/** The responsible-unit filter of the document list and search; anyone who reads documents may use it. */
export const unitsDocumentFilter: DocumentFilterContributor = (query) => {
  const { unit } = parseWith(unitFilterSchema, query);
  if (unit === undefined) return undefined;
  const t = documentsTable;
  return unit === 'none'
    ? sql`not exists (select 1 from ${documentUnitsTable} du where du.document_id = ${t.id})`
    : sql`exists (select 1 from ${documentUnitsTable} du where du.document_id = ${t.id} and du.unit_id = ${unit})`;
};
