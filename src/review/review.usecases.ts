import type { Actor } from '../auth/auth.models.js';
import type { Transaction } from '../db/database.js';
import { isAppError, type AppError } from '../shared/errors.js';
import {
  createBasisNotFoundError, createCategoryError, createGroundCodeTakenError, createGroundMismatchError, createGroundNotFoundError, createIncompleteError,
  createItemNotFoundError, createNoSuggestionError, createNotEditableError, createOwnedByUnitError, createRoundPublishedError, createTransitionError,
} from './review.errors.js';
import { responsibleUnitValues } from './responsible-unit.js';
import { toHistoryView } from './review.models.js';
import { notifyReturned } from './review.notifications.js';
import type { ReviewRepository } from './review.repository.js';
import type { DecideAction, DispositionPatch, ProposeAction } from './review.schemas.js';
import type { Category, DispositionRow, DispositionStatus, RoundScope } from './review.table.js';
import type { SuggestionService } from './suggestions/suggestions.usecases.js';


export const EDITABLE: readonly DispositionStatus[] = ['draft', 'returned'];

/** The fields whose changes the history records, beside the tracked items. */
const RECORDED_FIELDS = [
  'category', 'groundId', 'reason', 'legalBasis', 'responsibleUnit', 'deadline', 'proposedTitle', 'proposedScope', 'gap',
  'draftDocumentId', 'acceptedReasons', 'status', 'comment', 'ownerUnitId', 'unitCategory', 'unitGroundId', 'unitReason', 'officeNote',
] as const;

function diff(before: DispositionRow, after: DispositionRow, itemsBefore: number[], itemsAfter: number[]) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of RECORDED_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = [before[field], after[field]];
  }
  if (JSON.stringify(itemsBefore) !== JSON.stringify(itemsAfter)) changes.itemIds = [itemsBefore, itemsAfter];
  return changes;
}

export function createRound({ name, scope, startsOn, endsOn, actor, reviewRepository, now = new Date() }: {
  name: string; scope: RoundScope; startsOn: string | null; endsOn: string | null; actor: Actor | null; reviewRepository: ReviewRepository; now?: Date;
}) {
  return reviewRepository.createRound({ name, scope, startsOn, endsOn, createdAt: now, createdById: actor?.id ?? null });
}

/**
 * Checks a change against the rules a disposition keeps: `create` only for proposals (and proposals only
 * `create`), a ground of the chosen category, tracked items and basis documents that exist.
 */
export function checkedValues(row: DispositionRow, patch: DispositionPatch, reviewRepository: ReviewRepository) {
  const values: Partial<DispositionRow> = { ...patch, ...responsibleUnitValues(patch, row.responsibleUnitId, reviewRepository) };
  delete (values as { itemIds?: unknown }).itemIds;
  const category = patch.category !== undefined ? patch.category : row.category;
  const isProposal = row.documentId === null;
  if (category !== null && (category === 'create') !== isProposal) throw createCategoryError();
  if (isProposal && patch.category === null) throw createCategoryError();
  if (!isProposal && (patch.proposedTitle || patch.proposedScope || patch.gap || patch.draftDocumentId)) throw createCategoryError({ message: '只有新建类提议有拟定名称、范围、填补的空白和草案' });

  const groundId = patch.groundId !== undefined ? patch.groundId : row.groundId;
  if (groundId !== null) {
    const ground = reviewRepository.getGround(groundId);
    if (!ground || (!ground.active && patch.groundId !== undefined)) throw createGroundNotFoundError();
    if (ground.category !== category) {
      // A new category drops the ground it no longer fits, unless the same change chose that ground.
      if (patch.groundId !== undefined) throw createGroundMismatchError();
      values.groundId = null;
    }
  }
  if (patch.itemIds && reviewRepository.existingItemIds(patch.itemIds).length !== new Set(patch.itemIds).size) throw createItemNotFoundError();
  const basisIds = (patch.legalBasis ?? []).flatMap((basis) => ('documentId' in basis ? [basis.documentId] : []));
  if (reviewRepository.existingDocumentIds(basisIds).length !== new Set(basisIds).size) throw createBasisNotFoundError();
  if (patch.draftDocumentId && reviewRepository.existingDocumentIds([patch.draftDocumentId]).length === 0) throw createBasisNotFoundError({ message: '所链接的草案文件不存在' });
  return values;
}

export function writeChange(tx: Transaction, { row, values, itemIds, action, comment, actor, now, reviewRepository }: {
  row: DispositionRow; values: Partial<DispositionRow>; itemIds?: number[]; action: string; comment?: string | null;
  actor: Actor | null; now: Date; reviewRepository: ReviewRepository;
}): DispositionRow {
  // Every change of a disposition passes here: once the round's result is published, its decisions are final.
  if (reviewRepository.isRoundPublished(row.roundId, tx)) throw createRoundPublishedError();
  const itemsBefore = reviewRepository.itemIdsOf(row.id, tx);
  const updated = reviewRepository.updateDisposition(tx, row.id, { ...values, updatedAt: now });
  const itemsAfter = itemIds ? [...new Set(itemIds)].sort((a, b) => a - b) : itemsBefore;
  if (itemIds) reviewRepository.setItems(tx, row.id, itemsAfter);
  const changes = diff(row, updated, itemsBefore, itemsAfter);
  if (Object.keys(changes).length > 0 || comment) reviewRepository.appendHistory(tx, { disposition: updated, at: now, actor, action, changes, comment });
  return updated;
}

/** Staff's edit of one disposition, allowed while it is a draft or returned. */
export function updateDisposition({ id, patch, actor, reviewRepository, now = new Date() }: {
  id: number; patch: DispositionPatch; actor: Actor | null; reviewRepository: ReviewRepository; now?: Date;
}): DispositionRow {
  return reviewRepository.transaction((tx) => {
    const row = reviewRepository.getDisposition(id, tx);
    if (!EDITABLE.includes(row.status)) throw createNotEditableError();
    if (row.ownerUnitId !== null) throw createOwnedByUnitError();
    const values = checkedValues(row, patch, reviewRepository);
    return writeChange(tx, { row, values, itemIds: patch.itemIds, action: 'updated', actor, now, reviewRepository });
  });
}

/** A rule to be newly created: a `create` disposition without a document. */
export function createProposal({ roundId, proposal, actor, reviewRepository, now = new Date() }: {
  roundId: number;
  proposal: {
    proposedTitle: string; proposedScope: string | null; gap: string | null; reason: string; responsibleUnit: string | null;
    responsibleUnitId?: number | null; deadline: string | null; itemIds: number[]; ownerUnitId?: number | null;
  };
  actor: Actor | null; reviewRepository: ReviewRepository; now?: Date;
}): DispositionRow {
  if (reviewRepository.getRound(roundId).publishedAt) throw createRoundPublishedError();
  const ground = reviewRepository.groundByCode('create_gap');
  return reviewRepository.transaction((tx) => {
    const { itemIds, ...given } = proposal;
    const fields = { ...given, ...responsibleUnitValues(given, null, reviewRepository) };
    if (reviewRepository.existingItemIds(itemIds).length !== new Set(itemIds).size) throw createItemNotFoundError();
    const row = reviewRepository.insertDisposition(tx, { roundId, documentId: null, category: 'create', groundId: ground?.id ?? null, ...fields, createdAt: now, updatedAt: now });
    reviewRepository.setItems(tx, row.id, [...new Set(itemIds)]);
    const changes = Object.fromEntries(Object.entries({ ...fields, category: 'create', itemIds }).filter(([, v]) => v !== null && v !== '').map(([k, v]) => [k, [null, v] as [unknown, unknown]]));
    reviewRepository.appendHistory(tx, { disposition: row, at: now, actor, action: 'created', changes });
    return row;
  });
}

export function missingForSubmission(row: DispositionRow): string[] {
  const missing: string[] = [];
  if (!row.category) missing.push('类别');
  if (!row.groundId) missing.push('清理依据');
  if (row.category === 'improve' || row.category === 'create') {
    if (!row.responsibleUnit) missing.push('责任单位');
    if (!row.deadline) missing.push('完成时限');
  }
  if (row.category === 'create' && !row.proposedTitle) missing.push('拟新建制度名称');
  return missing;
}

export type BulkResult = { updated: number[]; skipped: { id: number; code: string; message: string }[] };
/** How far a bulk action has come, after each chunk. */
export type BulkProgress = { done: number; total: number };
/** A bulk action as steps: each step commits one chunk and yields the progress; the return is the result. */
export type BulkSteps = Generator<BulkProgress, BulkResult>;

/** Items per transaction: big enough that 1,000 take a few commits, small enough that others' writes interleave. */
export const BULK_CHUNK = 200;

/**
 * One action on a selection. Each item is checked on its own: those the action does not fit are reported
 * with the reason, the rest are changed; one transaction per chunk of items, not per item.
 */
function* applyInChunks(ids: number[], reviewRepository: ReviewRepository, apply: (tx: Transaction, row: DispositionRow) => void): BulkSteps {
  const unique = [...new Set(ids)];
  const result: BulkResult = { updated: [], skipped: [] };
  for (let start = 0; start < unique.length; start += BULK_CHUNK) {
    const chunk = unique.slice(start, start + BULK_CHUNK);
    const done: BulkResult = { updated: [], skipped: [] };
    reviewRepository.transaction((tx) => {
      const rows = new Map(reviewRepository.getDispositions(chunk, tx).map((row) => [row.id, row]));
      for (const id of chunk) {
        const row = rows.get(id);
        try {
          if (!row) throw createTransitionError({ message: '清理意见不存在' });
          apply(tx, row);
          done.updated.push(id);
        } catch (error) {
          if (!isAppError(error)) throw error;
          done.skipped.push({ id, code: (error as AppError).code, message: error.message });
        }
      }
    });
    result.updated.push(...done.updated);
    result.skipped.push(...done.skipped);
    yield { done: start + chunk.length, total: unique.length };
  }
  return result;
}

/** One action on each of the items, in chunks, all at once: for callers that need no progress. */
export function applyToEach(ids: number[], reviewRepository: ReviewRepository, apply: (tx: Transaction, row: DispositionRow) => void): BulkResult {
  return runAll(applyInChunks(ids, reviewRepository, apply));
}

/** Runs every step at once, for callers that need no progress (the CLI, a single item). */
export function runAll(steps: BulkSteps): BulkResult {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

type ProposeArgs = { action: ProposeAction; ids: number[]; actor: Actor | null; reviewRepository: ReviewRepository; suggestionService: SuggestionService; now?: Date };

/** Staff's actions: set category and ground, set the responsible unit and deadline, accept the suggestion, submit for approval. */
export function proposalSteps({ action, ids, actor, reviewRepository, suggestionService, now = new Date() }: ProposeArgs): BulkSteps {
  const suggestions = action.action === 'accept_suggestion' ? suggestionService.snapshot().suggestions : null;
  return applyInChunks(ids, reviewRepository, (tx, row) => {
    if (!EDITABLE.includes(row.status)) throw createNotEditableError();
    if (row.ownerUnitId !== null) throw createOwnedByUnitError();
    const common = { row, actor, now, reviewRepository };
    switch (action.action) {
      case 'set': {
        const { category, groundId, reason, responsibleUnit, responsibleUnitId, deadline } = action;
        const values = checkedValues(row, { category, groundId, reason, responsibleUnit, responsibleUnitId, deadline }, reviewRepository);
        writeChange(tx, { ...common, values, action: 'updated' });
        return;
      }
      case 'set_unit': {
        const values = { ...responsibleUnitValues(action, row.responsibleUnitId, reviewRepository), ...(action.deadline !== undefined ? { deadline: action.deadline } : {}) };
        writeChange(tx, { ...common, values, action: 'updated' });
        return;
      }
      case 'accept_suggestion': {
        const suggestion = row.documentId !== null ? suggestions!.get(row.documentId) : undefined;
        if (!suggestion) throw createNoSuggestionError();
        const ground = reviewRepository.groundByCode(suggestion.groundCode);
        const acceptedReasons = suggestion.reasons.map(({ code, message, relatedIds }) => ({ code, message, relatedIds }));
        const reason = row.reason || suggestion.reasons.map((r) => r.message).join('；');
        writeChange(tx, { ...common, values: { category: suggestion.category as Category, groundId: ground?.id ?? null, reason, acceptedReasons }, action: 'suggestion_accepted' });
        return;
      }
      case 'submit': {
        const missing = missingForSubmission(row);
        if (missing.length > 0) throw createIncompleteError({ message: `清理意见不完整，请填写：${missing.join('、')}` });
        writeChange(tx, { ...common, values: { status: 'submitted' }, action: row.status === 'returned' ? 'resubmitted' : 'submitted' });
        return;
      }
    }
  });
}

/** Staff's actions on the items named by `action.ids`, all at once. */
export function proposeDispositions({ action, ...rest }: Omit<ProposeArgs, 'ids'>): BulkResult {
  return runAll(proposalSteps({ action, ids: action.ids ?? [], ...rest }));
}

type DecideArgs = { action: DecideAction; ids: number[]; actor: Actor | null; reviewRepository: ReviewRepository; now?: Date };

/** Leaders' actions: approve or return what was submitted, reopen what was approved. */
export function decisionSteps({ action, ids, actor, reviewRepository, now = new Date() }: DecideArgs): BulkSteps {
  const from: DispositionStatus = action.action === 'reopen' ? 'approved' : 'submitted';
  const to: DispositionStatus = action.action === 'approve' ? 'approved' : 'returned';
  return applyInChunks(ids, reviewRepository, (tx, row) => {
    if (row.status !== from) {
      throw createTransitionError({ message: action.action === 'reopen' ? '只有已批准的清理意见可以重新打开' : '只有待审核的清理意见可以批准或退回' });
    }
    const comment = action.comment || null;
    // In a campaign a unit's item sent back by a leader goes to the legal office, which reviews it again.
    const backToOffice = action.action !== 'approve' && row.ownerUnitId !== null;
    const values = action.action === 'approve' ? { status: to } : { status: backToOffice ? 'proposed' as const : to, comment };
    const recorded = action.action === 'approve' ? 'approved' : backToOffice ? 'returned_to_office' : action.action === 'return' ? 'returned' : 'reopened';
    const updated = writeChange(tx, { row, values, comment, action: recorded, actor, now, reviewRepository });
    if (action.action === 'return') notifyReturned(tx, { row: updated, comment, actor, now });
  });
}

/** Leaders' actions on the items named by `action.ids`, all at once. */
export function decideDispositions({ action, ...rest }: Omit<DecideArgs, 'ids'>): BulkResult {
  return runAll(decisionSteps({ action, ids: action.ids ?? [], ...rest }));
}

/** Draft dispositions from the suggestions, for every document of the round not yet decided. */
export function applySuggestionsToRound({ roundId, actor, reviewRepository, suggestionService, now = new Date() }: {
  roundId: number; actor: Actor | null; reviewRepository: ReviewRepository; suggestionService: SuggestionService; now?: Date;
}): BulkResult {
  const ids = reviewRepository.undecidedDocumentDispositionIds(roundId);
  if (ids.length === 0) return { updated: [], skipped: [] };
  return proposeDispositions({ action: { action: 'accept_suggestion', ids }, actor, reviewRepository, suggestionService, now });
}

/** A page of a round's history, newest first, each entry with the title it concerns, and where the next page starts. */
export function roundHistory({ roundId, before, limit, ownerUnitId, reviewRepository }: {
  roundId: number; before?: number; limit: number; ownerUnitId?: number; reviewRepository: ReviewRepository;
}) {
  const history = reviewRepository.historyOfRound(roundId, { limit, before, ownerUnitId }).map(({ history: row, title }) => ({ ...toHistoryView(row), title }));
  return { history, nextBefore: history.length === limit ? history.at(-1)!.id : null };
}

/** An office's own ground, placed after the others of its category. */
export function addGround({ ground, reviewRepository }: {
  ground: { code: string; category: Category; action: string; label: string }; reviewRepository: ReviewRepository;
}) {
  if (reviewRepository.groundByCode(ground.code)) throw createGroundCodeTakenError();
  const last = reviewRepository.grounds({ includeInactive: true }).filter((g) => g.category === ground.category).at(-1);
  return reviewRepository.insertGround({ ...ground, sortOrder: (last?.sortOrder ?? 90) + 1 });
}

/** Renames a ground, or retires it (it stays on the dispositions that use it). */
export function changeGround({ id, changes, reviewRepository }: { id: number; changes: { label?: string; active?: boolean }; reviewRepository: ReviewRepository }) {
  const ground = reviewRepository.updateGround(id, changes);
  if (!ground) throw createGroundNotFoundError({ message: '清理依据不存在' });
  return ground;
}
