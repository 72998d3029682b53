import { optionalText, z } from '../shared/zod.js';
import type { ReviewRepository } from './review.repository.js';
import type { DispositionRow } from './review.table.js';

/**
 * The responsible unit as a request names it: a unit of the managed list by id, or a name matched against
 * the list (市财政局 finds 平凉市财政局); null clears it. The one place dispositions read and write it.
 */
export const responsibleUnitFields = {
  responsibleUnit: optionalText(100).optional(),
  responsibleUnitId: z.number().int().positive().nullable().optional(),
};
export type ResponsibleUnitRef = { responsibleUnit?: string | null; responsibleUnitId?: number | null };

/** Whether a request names a unit (rather than leaving it alone or clearing it). */
export const namesUnit = (ref: ResponsibleUnitRef) => !!ref.responsibleUnit || !!ref.responsibleUnitId;

/**
 * The columns a named unit writes: its id and its name as the list has it; nothing when the request leaves
 * the unit alone. An unknown or inactive unit is refused (`unit.unknown`, `unit.inactive`), except the one
 * the row already has.
 */
export function responsibleUnitValues(ref: ResponsibleUnitRef, current: number | null, reviewRepository: ReviewRepository): Partial<Pick<DispositionRow, 'responsibleUnit' | 'responsibleUnitId'>> {
  if (ref.responsibleUnit === undefined && ref.responsibleUnitId === undefined) return {};
  if (!namesUnit(ref)) return { responsibleUnit: null, responsibleUnitId: null };
  const unit = reviewRepository.resolveUnit({ unitId: ref.responsibleUnitId, unit: ref.responsibleUnit }, current);
  return { responsibleUnit: unit.name, responsibleUnitId: unit.id };
}
