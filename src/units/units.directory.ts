import type { UnitDirectory } from '../auth/auth.models.js';
import type { AppDatabase } from '../db/database.js';
import { matchUnitName } from './units.models.js';
import { createUnitsRepository } from './units.repository.js';
import { resolveUnit } from './units.usecases.js';

/** The unit list as accounts (in auth, below) see it: handed to auth by the composition root. */
export function createUnitDirectory({ db }: { db: AppDatabase }): UnitDirectory {
  const unitsRepository = createUnitsRepository({ db });
  return {
    resolve: (ref, current) => resolveUnit(ref, unitsRepository, current),
    ensure(name) {
      const found = matchUnitName(name, unitsRepository.list());
      if (found) return found;
      const now = new Date();
      return unitsRepository.insert({ name, shortName: null, aliases: [], codes: [], kind: 'department', active: true, sortOrder: 0, createdAt: now, updatedAt: now });
    },
  };
}
