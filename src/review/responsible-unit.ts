import { optionalText, type z } from '../shared/zod.js';
import type { DispositionRow } from './review.table.js';

/**
 * The responsible unit of a disposition, as the bulk actions read and write it. Free text today; when units
 * become a managed list, this is the one place that changes (the input becomes a unit id, the values the
 * column that holds it).
 */
export const responsibleUnitInput = optionalText(100);
export type ResponsibleUnitInput = z.output<typeof responsibleUnitInput>;

/** The columns a chosen unit writes. */
export function responsibleUnitValues(unit: ResponsibleUnitInput): Pick<DispositionRow, 'responsibleUnit'> {
  return { responsibleUnit: unit };
}
