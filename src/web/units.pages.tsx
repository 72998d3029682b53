import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { toPublicUnit } from '../units/units.routes.js';
import { UnitsPage } from './units.page.js';
import { viewerOf } from './viewer.js';

/** The administrator's page of the managed unit list. */
export function registerUnitsPages(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const unitsRepository = createUnitsRepository({ db });
  app.get('/admin/units', (c) => {
    const led = unitsRepository.countLedDocuments();
    return c.html(<UnitsPage units={unitsRepository.list().map((unit) => toPublicUnit(unit, led.get(unit.id) ?? 0))}
      documentsWithoutUnit={unitsRepository.countDocumentsWithoutUnit()} viewer={viewerOf(c)} />);
  });
}
