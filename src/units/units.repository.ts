import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { documentsTable } from '../documents/documents.table.js';
import { isConstraintViolation, type DatabaseOrTransaction } from '../db/database.js';
import { createUnitNameTakenError, createUnitNotFoundError } from './units.errors.js';
import { documentUnitsTable, unitsTable, type DocumentUnitRole, type DocumentUnitSource, type UnitRow } from './units.table.js';

export type DocumentUnit = { unitId: number; name: string; shortName: string | null; role: DocumentUnitRole; source: DocumentUnitSource };

export function createUnitsRepository({ db }: { db: DatabaseOrTransaction }) {
  return {
    /** In the administrator's order, then by name. */
    list({ activeOnly = false }: { activeOnly?: boolean } = {}): UnitRow[] {
      return db.select().from(unitsTable).where(activeOnly ? eq(unitsTable.active, true) : undefined)
        .orderBy(asc(unitsTable.sortOrder), asc(unitsTable.name)).all();
    },

    get(id: number): UnitRow {
      const unit = db.select().from(unitsTable).where(eq(unitsTable.id, id)).get();
      if (!unit) throw createUnitNotFoundError();
      return unit;
    },

    find(id: number): UnitRow | undefined {
      return db.select().from(unitsTable).where(eq(unitsTable.id, id)).get();
    },

    insert(values: typeof unitsTable.$inferInsert): UnitRow {
      try {
        return db.insert(unitsTable).values(values).returning().get();
      } catch (error) {
        if (isConstraintViolation(error, 'UNIQUE')) throw createUnitNameTakenError();
        throw error;
      }
    },

    update(id: number, values: Partial<typeof unitsTable.$inferInsert>): UnitRow {
      try {
        const unit = db.update(unitsTable).set(values).where(eq(unitsTable.id, id)).returning().get();
        if (!unit) throw createUnitNotFoundError();
        return unit;
      } catch (error) {
        if (isConstraintViolation(error, 'UNIQUE')) throw createUnitNameTakenError();
        throw error;
      }
    },

    /** A document's units, the lead first, then the others in the order they were written. */
    unitsOfDocument(documentId: number): DocumentUnit[] {
      return db.select({
        unitId: documentUnitsTable.unitId, name: unitsTable.name, shortName: unitsTable.shortName, role: documentUnitsTable.role, source: documentUnitsTable.source,
      }).from(documentUnitsTable).innerJoin(unitsTable, eq(unitsTable.id, documentUnitsTable.unitId))
        .where(eq(documentUnitsTable.documentId, documentId))
        .orderBy(sql`${documentUnitsTable.role} = 'joint'`, asc(documentUnitsTable.position)).all();
    },

    /** Replaces a document's units (lead first): all of them, in one statement each, within the caller's transaction. */
    replaceUnitsOfDocument(documentId: number, units: { unitId: number; role: DocumentUnitRole; source: DocumentUnitSource }[]) {
      db.delete(documentUnitsTable).where(eq(documentUnitsTable.documentId, documentId)).run();
      if (units.length) db.insert(documentUnitsTable).values(units.map((unit, position) => ({ documentId, ...unit, position }))).run();
    },

    /** Whether the legal office set this document's units by hand (a recomputation leaves them). */
    isSetByHand(documentId: number): boolean {
      return !!db.select({ id: documentUnitsTable.documentId }).from(documentUnitsTable)
        .where(and(eq(documentUnitsTable.documentId, documentId), eq(documentUnitsTable.source, 'manual'))).limit(1).get();
    },

    /** The ids of the documents a unit leads (or, with `joint`, any it takes part in): what a department cleans. */
    documentIdsOfUnit(unitId: number, { includeJoint = false }: { includeJoint?: boolean } = {}): number[] {
      return db.select({ id: documentUnitsTable.documentId }).from(documentUnitsTable)
        .where(and(eq(documentUnitsTable.unitId, unitId), includeJoint ? undefined : eq(documentUnitsTable.role, 'lead')))
        .orderBy(asc(documentUnitsTable.documentId)).all().map((row) => row.id);
    },

    /** Documents led by each unit, for the list page. */
    countLedDocuments(): Map<number, number> {
      const rows = db.select({ unitId: documentUnitsTable.unitId, n: sql<number>`count(*)` }).from(documentUnitsTable)
        .where(eq(documentUnitsTable.role, 'lead')).groupBy(documentUnitsTable.unitId).all();
      return new Map(rows.map((row) => [row.unitId, row.n]));
    },

    /** Documents no unit is responsible for: nothing in the list matched their issuer or 文号. */
    countDocumentsWithoutUnit(): number {
      return db.select({ n: sql<number>`count(*)` }).from(documentsTable)
        .where(sql`not exists (select 1 from ${documentUnitsTable} du where du.document_id = ${documentsTable.id})`).get()!.n;
    },

    byIds(ids: number[]): UnitRow[] {
      return ids.length ? db.select().from(unitsTable).where(inArray(unitsTable.id, ids)).all() : [];
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
