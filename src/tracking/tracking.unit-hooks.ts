import { eq } from 'drizzle-orm';
import type { UnitRenamedHook } from '../units/units.usecases.js';
import { trackingItemsTable } from './tracking.table.js';

/** A renamed unit's new name shows on the tracked items it is responsible for. */
export const trackingUnitRenamed: UnitRenamedHook = (tx, unit) => {
  tx.update(trackingItemsTable).set({ responsibleUnit: unit.name }).where(eq(trackingItemsTable.responsibleUnitId, unit.id)).run();
};
