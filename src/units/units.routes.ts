import type { Hono } from 'hono';
import { createAuditRepository } from '../auth/audit.repository.js';
import { currentAuth, requestOrigin, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { validate } from '../shared/validation.js';
import { z } from '../shared/zod.js';
import { createUnitsRepository } from './units.repository.js';
import { documentUnitsSchema, newUnitSchema, recomputeSchema, unitIdParamSchema, unitListQuerySchema, unitUpdateSchema } from './units.schemas.js';
import type { UnitRow } from './units.table.js';
import { createUnit, documentUnitsView, recomputeDocumentUnits, setDocumentUnits, updateUnit, type UnitRenamedHook } from './units.usecases.js';

const documentIdParamSchema = z.object({ id: z.coerce.number().int().positive() });

/** A unit as the API shows it. */
export function toPublicUnit(unit: UnitRow, ledDocuments?: number) {
  const { createdAt: _created, ...rest } = unit;
  return { ...rest, ...(ledDocuments !== undefined && { ledDocuments }) };
}

export function registerUnitsRoutes(app: Hono<AppEnv>, { db, documentsRepository, unitRenamedHooks }: {
  db: AppDatabase; documentsRepository: DocumentsRepository; unitRenamedHooks: readonly UnitRenamedHook[];
}) {
  const unitsRepository = createUnitsRepository({ db });
  const auditRepository = createAuditRepository({ db });
  const audit = (c: Parameters<typeof currentAuth>[0]) => ({ actor: currentAuth(c).user, origin: requestOrigin(c), auditRepository });

  app.get('/api/units', validate('query', unitListQuerySchema), (c) => {
    const led = unitsRepository.countLedDocuments();
    const units = unitsRepository.list({ activeOnly: c.req.valid('query').active === '1' });
    return c.json({ units: units.map((unit) => toPublicUnit(unit, led.get(unit.id) ?? 0)) });
  });

  app.post('/api/units', validate('json', newUnitSchema), (c) => {
    const unit = createUnit({ input: c.req.valid('json'), unitsRepository, ...audit(c) });
    return c.json({ unit: toPublicUnit(unit) }, 201);
  });

  app.patch('/api/units/:id', validate('param', unitIdParamSchema), validate('json', unitUpdateSchema), (c) => {
    const unit = updateUnit({ unitId: c.req.valid('param').id, changes: c.req.valid('json'), db, renamed: unitRenamedHooks, ...audit(c) });
    return c.json({ unit: toPublicUnit(unit) });
  });

  app.post('/api/units/recompute', validate('json', recomputeSchema), (c) => {
    return c.json(recomputeDocumentUnits({ db, includeManual: c.req.valid('json').includeManual, ...audit(c) }));
  });

  app.get('/api/documents/:id/units', validate('param', documentIdParamSchema), (c) => {
    const { id } = c.req.valid('param');
    documentsRepository.getById(id);
    return c.json(documentUnitsView(unitsRepository.unitsOfDocument(id)));
  });

  app.put('/api/documents/:id/units', validate('param', documentIdParamSchema), validate('json', documentUnitsSchema), (c) => {
    return c.json(setDocumentUnits({ documentId: c.req.valid('param').id, input: c.req.valid('json'), db, documentsRepository, ...audit(c) }));
  });
}
