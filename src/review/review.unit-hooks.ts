import { eq } from 'drizzle-orm';
import type { UnitRenamedHook } from '../units/units.usecases.js';
import { dispositionsTable } from './review.table.js';

/** A renamed unit's new name shows on its dispositions (the history keeps what was written then). */
export const reviewUnitRenamed: UnitRenamedHook = (tx, unit) => {
  tx.update(dispositionsTable).set({ responsibleUnit: unit.name }).where(eq(dispositionsTable.responsibleUnitId, unit.id)).run();
};
