import { eq } from 'drizzle-orm';
import type { AuditRepository, RequestOrigin } from '../auth/audit.repository.js';
import type { Actor } from '../auth/auth.models.js';
import { usersTable } from '../auth/auth.table.js';
import type { AppDatabase, Transaction } from '../db/database.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { documentsTable } from '../documents/documents.table.js';
import {
  createDocumentUnitsInvalidError, createInactiveUnitError, createUnitNameTakenError, createUnknownUnitError,
} from './units.errors.js';
import { matchUnitName, namesOf, normaliseUnitName, proposeResponsibleUnits } from './units.models.js';
import { createUnitsRepository, type DocumentUnit, type UnitsRepository } from './units.repository.js';
import type { DocumentUnitsInput, NewUnitInput, UnitUpdateInput } from './units.schemas.js';
import type { UnitRow } from './units.table.js';

/** What a feature above does when a unit is renamed: rows that keep the unit's name beside its id follow it. */
export type UnitRenamedHook = (tx: Transaction, unit: UnitRow) => void;

type Audit = { actor: Actor | null; origin?: RequestOrigin; auditRepository: AuditRepository };

/** Another unit already answering to one of these names (name, short name or alias), if any. */
function clashingUnit(units: UnitRow[], names: string[], exceptId?: number): UnitRow | undefined {
  const wanted = new Set(names.map(normaliseUnitName));
  return units.find((unit) => unit.id !== exceptId && namesOf(unit).some((name) => wanted.has(normaliseUnitName(name))));
}

function distinctNames(values: string[], except: (string | null)[]): string[] {
  const seen = new Set(except.filter((v): v is string => !!v).map(normaliseUnitName));
  return values.filter((value) => { const key = normaliseUnitName(value); if (seen.has(key)) return false; seen.add(key); return true; });
}

export function createUnit({ input, unitsRepository, actor, origin, auditRepository, now = new Date() }: Audit & { input: NewUnitInput; unitsRepository: UnitsRepository; now?: Date }) {
  const aliases = distinctNames(input.aliases, [input.name, input.shortName]);
  const clash = clashingUnit(unitsRepository.list(), [input.name, ...(input.shortName ? [input.shortName] : []), ...aliases]);
  if (clash) throw createUnitNameTakenError({ message: `名称与已有单位「${clash.name}」重复（名称、简称或别名）` });
  const unit = unitsRepository.insert({ ...input, aliases, codes: [...new Set(input.codes)], createdAt: now, updatedAt: now });
  auditRepository.record({ action: 'unit.created', actor, targetName: unit.name, origin, detail: { shortName: unit.shortName, codes: unit.codes, kind: unit.kind } });
  return unit;
}

/** Changes a unit; a new name follows into the accounts and, through the hooks, every row that shows it. */
export function updateUnit({ unitId, changes, db, renamed = [], actor, origin, auditRepository, now = new Date() }: Audit & {
  unitId: number; changes: UnitUpdateInput; db: AppDatabase; renamed?: readonly UnitRenamedHook[]; now?: Date;
}) {
  const before = createUnitsRepository({ db }).get(unitId);
  const next = { ...before, ...changes };
  const aliases = distinctNames(next.aliases, [next.name, next.shortName]);
  const clash = clashingUnit(createUnitsRepository({ db }).list(), [next.name, ...(next.shortName ? [next.shortName] : []), ...aliases], unitId);
  if (clash) throw createUnitNameTakenError({ message: `名称与已有单位「${clash.name}」重复（名称、简称或别名）` });
  const unit = db.transaction((tx) => {
    const updated = createUnitsRepository({ db: tx }).update(unitId, { ...changes, ...(changes.aliases && { aliases }), ...(changes.codes && { codes: [...new Set(changes.codes)] }), updatedAt: now });
    if (updated.name !== before.name) {
      tx.update(usersTable).set({ unit: updated.name }).where(eq(usersTable.unitId, unitId)).run();
      for (const hook of renamed) hook(tx, updated);
    }
    return updated;
  });
  const changed = Object.fromEntries(Object.keys(changes).filter((key) => JSON.stringify(before[key as keyof UnitRow]) !== JSON.stringify(unit[key as keyof UnitRow]))
    .map((key) => [key, { from: before[key as keyof UnitRow], to: unit[key as keyof UnitRow] }]));
  auditRepository.record({ action: 'unit.updated', actor, targetName: unit.name, origin, detail: changed });
  return unit;
}

/**
 * The unit an id or a written name means, for everything that names a unit (accounts, dispositions,
 * tracked items): a name is matched against the list (平凉市财政局 ≈ 市财政局), never stored as typed. An
 * unknown unit is refused; so is an inactive one, unless it is the one already recorded (`current`).
 */
export function resolveUnit(ref: { unitId?: number | null; unit?: string | null }, unitsRepository: UnitsRepository, current?: number | null): UnitRow {
  let unit: UnitRow | undefined | null;
  if (ref.unitId !== undefined && ref.unitId !== null) unit = unitsRepository.find(ref.unitId);
  else if (ref.unit) unit = matchUnitName(ref.unit, unitsRepository.list());
  if (!unit) throw createUnknownUnitError(ref.unit ? { message: `单位「${ref.unit}」不在单位列表中，请从列表中选择；如确需新增，请联系系统管理员` } : {});
  if (!unit.active && unit.id !== current) throw createInactiveUnitError({ message: `单位「${unit.name}」已停用，不能再选择` });
  return unit;
}

/** A document's responsible units as the API shows them: the lead, the others of a joint document, and whether set by hand. */
export function documentUnitsView(units: DocumentUnit[]) {
  const lead = units.find((unit) => unit.role === 'lead') ?? null;
  return {
    lead: lead && { id: lead.unitId, name: lead.name, shortName: lead.shortName },
    others: units.filter((unit) => unit.role === 'joint').map((unit) => ({ id: unit.unitId, name: unit.name, shortName: unit.shortName })),
    /** doc_number / issuer: proposed from the 文号's 机关代字 or the issuer; manual: set by the legal office; null: none. */
    source: lead?.source ?? units[0]?.source ?? null,
  };
}
export type DocumentUnitsView = ReturnType<typeof documentUnitsView>;

/** The legal office sets a document's units by hand; a recomputation will leave them. Recorded in the audit log. */
export function setDocumentUnits({ documentId, input, db, documentsRepository, actor, origin, auditRepository }: Audit & {
  documentId: number; input: DocumentUnitsInput; db: AppDatabase; documentsRepository: DocumentsRepository;
}) {
  const document = documentsRepository.getById(documentId);
  const others = [...new Set(input.otherUnitIds)];
  if (input.leadUnitId !== null && others.includes(input.leadUnitId)) throw createDocumentUnitsInvalidError();
  if (input.leadUnitId === null && others.length) throw createDocumentUnitsInvalidError({ message: '请先选择牵头单位' });
  const unitsRepository = createUnitsRepository({ db });
  const before = unitsRepository.unitsOfDocument(documentId);
  const current = new Set(before.map((unit) => unit.unitId));
  const chosen = [input.leadUnitId, ...others].filter((id): id is number => id !== null).map((unitId) => resolveUnit({ unitId }, unitsRepository, current.has(unitId) ? unitId : null));
  db.transaction((tx) => {
    createUnitsRepository({ db: tx }).replaceUnitsOfDocument(documentId, chosen.map((unit, index) => ({ unitId: unit.id, role: index === 0 ? 'lead' as const : 'joint' as const, source: 'manual' as const })));
  });
  const after = unitsRepository.unitsOfDocument(documentId);
  const names = (units: DocumentUnit[]) => ({ lead: units.find((u) => u.role === 'lead')?.name ?? null, others: units.filter((u) => u.role === 'joint').map((u) => u.name) });
  auditRepository.record({ action: 'document.units_changed', actor, targetName: `${document.id} ${document.title}`.slice(0, 100), origin, detail: { from: names(before), to: names(after) } });
  return documentUnitsView(after);
}

/** Proposes a document's units from its issuer and 文号, unless the legal office set them; within the caller's transaction. */
export function proposeDocumentUnits(tx: Transaction, document: { id: number; issuer: string | null; docNumber: string | null }, units: UnitRow[]) {
  const repository = createUnitsRepository({ db: tx });
  if (repository.isSetByHand(document.id)) return { proposed: false, manual: true };
  const proposal = proposeResponsibleUnits(document, units);
  repository.replaceUnitsOfDocument(document.id, proposal.lead
    ? [{ unitId: proposal.lead.unitId, role: 'lead', source: proposal.lead.source }, ...proposal.others.map((unitId) => ({ unitId, role: 'joint' as const, source: 'issuer' as const }))]
    : []);
  return { proposed: !!proposal.lead, manual: false };
}

/**
 * Proposes every document's units again against the current list (after units were added or their codes
 * changed), in one transaction. What the legal office set by hand stays unless `includeManual`.
 */
export function recomputeDocumentUnits({ db, includeManual = false, actor = null, origin, auditRepository }: Partial<Audit> & { db: AppDatabase; includeManual?: boolean }) {
  const summary = db.transaction((tx) => {
    const units = createUnitsRepository({ db: tx }).list();
    const documents = tx.select({ id: documentsTable.id, issuer: documentsTable.issuer, docNumber: documentsTable.docNumber }).from(documentsTable).all();
    const counts = { documents: documents.length, withUnit: 0, withoutUnit: 0, keptManual: 0 };
    for (const document of documents) {
      if (includeManual) createUnitsRepository({ db: tx }).replaceUnitsOfDocument(document.id, []);
      const result = proposeDocumentUnits(tx, document, units);
      if (result.manual) counts.keptManual++;
      else if (result.proposed) counts.withUnit++;
      else counts.withoutUnit++;
    }
    return counts;
  });
  auditRepository?.record({ action: 'units.recomputed', actor, origin, detail: { ...summary, includeManual } });
  return summary;
}

/** Units and documents exist but no document has a unit: a database just upgraded to the managed list. */
export function documentUnitsNeverProposed(db: AppDatabase): boolean {
  const row = db.$client.prepare(`select exists (select 1 from units) and exists (select 1 from documents)
    and not exists (select 1 from document_units) as never`).get() as { never: number };
  return row.never === 1;
}
