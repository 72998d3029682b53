import type { Actor } from '../auth/auth.models.js';
import type { Transaction } from '../db/database.js';
import {
  createAlreadyCampaignError, createNoUnitError, createNothingOutstandingError, createNothingToReportError, createNotCampaignError,
  createNotProposedError, createReportedError, createReportIncompleteError,
} from './campaign.errors.js';
import type { CampaignRepository } from './campaign.repository.js';
import type { AmendInput, ReviewAction } from './campaign.schemas.js';
import { createDispositionNotFoundError, createNoSuggestionError, createNotEditableError } from './review.errors.js';
import { notifyUnit } from './review.notifications.js';
import type { ReviewRepository } from './review.repository.js';
import type { DispositionPatch } from './review.schemas.js';
import type { Category, DispositionRow, ReviewRoundRow } from './review.table.js';
import { applyToEach, checkedValues, createProposal, EDITABLE, missingForSubmission, writeChange, type BulkResult } from './review.usecases.js';
import type { SuggestionService } from './suggestions/suggestions.usecases.js';

/*
 * 谁制定、谁清理: a campaign round. Each document's disposition is owned by its responsible unit; the unit
 * proposes (draft), reports its list as a whole (报送: → proposed, the proposal frozen beside the row); the
 * legal office agrees (→ submitted), amends (→ submitted, its version in the row, the unit's kept) or returns
 * (→ returned, the unit edits again); leaders approve, or send back to the legal office (→ proposed).
 */

type Deps = { actor: Actor | null; reviewRepository: ReviewRepository; campaignRepository: CampaignRepository; now?: Date };

function campaignRound(roundId: number, reviewRepository: ReviewRepository): ReviewRoundRow {
  const round = reviewRepository.getRound(roundId);
  if (round.mode !== 'campaign') throw createNotCampaignError();
  return round;
}

function unitOf(actor: Actor | null): number {
  if (!actor?.unitId) throw createNoUnitError();
  return actor.unitId;
}

/** Launches a round as a campaign: every undecided draft goes to its document's lead unit; the rest stay with the legal office. */
export function launchCampaign({ roundId, submitBy, actor, reviewRepository, campaignRepository, now = new Date() }: Deps & { roundId: number; submitBy: string | null }) {
  const round = reviewRepository.getRound(roundId);
  if (round.mode === 'campaign') throw createAlreadyCampaignError();
  return reviewRepository.transaction((tx) => {
    const launched = campaignRepository.setMode(tx, round.id, { mode: 'campaign', submitBy });
    let assigned = 0;
    for (const { disposition, unitId } of campaignRepository.draftsWithLeadUnit(tx, round.id)) {
      if (unitId === null) continue;
      writeChange(tx, { row: disposition, values: { ownerUnitId: unitId }, action: 'assigned', actor, now, reviewRepository });
      assigned += 1;
    }
    return { round: launched, assigned };
  });
}

/** The legal office gives a disposition to another unit (or takes it itself, `unitId` null) while the unit has not reported it. */
export function reassignOwner({ id, unitId, actor, reviewRepository, campaignRepository, now = new Date() }: Deps & { id: number; unitId: number | null }) {
  return reviewRepository.transaction((tx) => {
    const row = reviewRepository.getDisposition(id, tx);
    campaignRound(row.roundId, reviewRepository);
    if (!EDITABLE.includes(row.status)) throw createNotEditableError({ message: '只有尚未报送（草稿或已退回）的清理意见可以改派' });
    if (unitId !== null && !campaignRepository.activeUnit(unitId)) throw createDispositionNotFoundError({ message: '所选单位不存在或已停用' });
    return writeChange(tx, { row, values: { ownerUnitId: unitId }, action: 'reassigned', actor, now, reviewRepository });
  });
}

/** One of the actor's unit's dispositions in a campaign round that it may still change; another unit's is not found. */
function ownEditable(tx: Transaction, id: number, actor: Actor | null, reviewRepository: ReviewRepository): DispositionRow {
  const unitId = unitOf(actor);
  const row = reviewRepository.getDisposition(id, tx);
  if (row.ownerUnitId !== unitId || reviewRepository.getRound(row.roundId).mode !== 'campaign') throw createDispositionNotFoundError();
  if (!EDITABLE.includes(row.status)) throw createReportedError();
  return row;
}

/** A document to amend (or a rule to create) is, unless said otherwise, the work of the unit that owns it. */
function withOwnUnitResponsible(row: DispositionRow, values: Partial<DispositionRow>, reviewRepository: ReviewRepository): Partial<DispositionRow> {
  const category = values.category !== undefined ? values.category : row.category;
  if ((category !== 'improve' && category !== 'create') || row.responsibleUnitId !== null || row.ownerUnitId === null) return values;
  const unit = reviewRepository.resolveUnit({ unitId: row.ownerUnitId }, null);
  return { ...values, responsibleUnitId: unit.id, responsibleUnit: unit.name };
}

/** A department's proposal on one of its own dispositions; an improve or create one is its own unit's work unless it says otherwise. */
export function updateOwnDisposition({ id, patch, actor, reviewRepository, now = new Date() }: Omit<Deps, 'campaignRepository'> & { id: number; patch: DispositionPatch }) {
  return reviewRepository.transaction((tx) => {
    const row = ownEditable(tx, id, actor, reviewRepository);
    const values = withOwnUnitResponsible(row, checkedValues(row, patch, reviewRepository), reviewRepository);
    return writeChange(tx, { row, values, itemIds: patch.itemIds, action: 'updated', actor, now, reviewRepository });
  });
}

/** A department takes the suggestions (category, ground, reasons as evidence) for its own undecided items. */
export function acceptOwnSuggestions({ ids, actor, reviewRepository, suggestionService, now = new Date() }: Omit<Deps, 'campaignRepository'> & { ids: number[]; suggestionService: SuggestionService }): BulkResult {
  const { suggestions } = suggestionService.snapshot();
  return applyToEach(ids, reviewRepository, (tx, candidate) => {
    const row = ownEditable(tx, candidate.id, actor, reviewRepository);
    const suggestion = row.documentId !== null ? suggestions.get(row.documentId) : undefined;
    if (!suggestion) throw createNoSuggestionError();
    const ground = reviewRepository.groundByCode(suggestion.groundCode);
    const acceptedReasons = suggestion.reasons.map(({ code, message, relatedIds }) => ({ code, message, relatedIds }));
    const reason = row.reason || suggestion.reasons.map((r) => r.message).join('；');
    const values = withOwnUnitResponsible(row, { category: suggestion.category as Category, groundId: ground?.id ?? null, reason, acceptedReasons }, reviewRepository);
    writeChange(tx, { row, values, action: 'suggestion_accepted', actor, now, reviewRepository });
  });
}

/** A department's 新建 proposal: owned by and the responsibility of its own unit. */
export function proposeNewRule({ roundId, proposal, actor, reviewRepository, now = new Date() }: Omit<Deps, 'campaignRepository'> & {
  roundId: number; proposal: { proposedTitle: string; proposedScope: string | null; gap: string | null; reason: string; deadline: string | null; itemIds: number[] };
}) {
  campaignRound(roundId, reviewRepository);
  const unitId = unitOf(actor);
  return createProposal({ roundId, proposal: { ...proposal, responsibleUnit: null, responsibleUnitId: unitId, ownerUnitId: unitId }, actor, reviewRepository, now });
}

/**
 * 报送: the unit reports every item it may still change, all at once and only when each is complete; each
 * becomes `proposed` with the unit's proposal frozen beside it, and the statement is kept with the report.
 */
export function reportUnitList({ roundId, statement, actor, reviewRepository, campaignRepository, now = new Date() }: Deps & { roundId: number; statement: string }) {
  campaignRound(roundId, reviewRepository);
  const unitId = unitOf(actor);
  return reviewRepository.transaction((tx) => {
    const rows = campaignRepository.ofUnit(tx, roundId, unitId, ['draft', 'returned']);
    if (rows.length === 0) throw createNothingToReportError();
    const incomplete = rows.map((row) => ({ id: row.id, missing: missingForSubmission(row) })).filter((r) => r.missing.length > 0);
    if (incomplete.length > 0) {
      throw createReportIncompleteError({
        message: `还有 ${incomplete.length} 项清理意见未填写完整（${[...new Set(incomplete.flatMap((r) => r.missing))].join('、')}），不能报送`,
        details: incomplete,
      });
    }
    for (const row of rows) {
      writeChange(tx, {
        row, values: { status: 'proposed', unitCategory: row.category, unitGroundId: row.groundId, unitReason: row.reason, officeNote: null, comment: null },
        action: 'reported', comment: statement, actor, now, reviewRepository,
      });
    }
    campaignRepository.addEvent(tx, { roundId, unitId, kind: 'reported', text: statement, itemCount: rows.length, at: now, actorId: actor?.id ?? null, actorName: actor?.username ?? null });
    return { reported: rows.length };
  });
}

/** The legal office agrees with reported items (on to the leaders) or returns them to their unit with a comment. */
export function reviewUnitItems({ action, actor, reviewRepository, now = new Date() }: Omit<Deps, 'campaignRepository'> & { action: ReviewAction }): BulkResult {
  return applyToEach(action.ids, reviewRepository, (tx, row) => {
    if (row.status !== 'proposed' || row.ownerUnitId === null) throw createNotProposedError();
    const comment = action.comment || null;
    if (action.action === 'agree') writeChange(tx, { row, values: { status: 'submitted' }, action: 'agreed', comment, actor, now, reviewRepository });
    else {
      writeChange(tx, { row, values: { status: 'returned', comment }, action: 'returned_to_unit', comment, actor, now, reviewRepository });
      notifyUnit(tx, { unitId: row.ownerUnitId, roundId: row.roundId, now, text: `法制机构退回了一项清理意见${comment ? `：${comment}` : ''}` });
    }
  });
}

/** The legal office's own category, ground and reason for a reported item, with its reason; the unit's proposal stays beside. */
export function amendUnitItem({ id, input, actor, reviewRepository, now = new Date() }: Omit<Deps, 'campaignRepository'> & { id: number; input: AmendInput }) {
  return reviewRepository.transaction((tx) => {
    const row = reviewRepository.getDisposition(id, tx);
    if (row.status !== 'proposed' || row.ownerUnitId === null) throw createNotProposedError();
    const { note, ...patch } = input;
    const values = withOwnUnitResponsible(row, checkedValues(row, patch, reviewRepository), reviewRepository);
    const next = { ...row, ...values };
    const missing = missingForSubmission(next as DispositionRow);
    if (missing.length > 0) throw createReportIncompleteError({ message: `修改后的清理意见不完整，请填写：${missing.join('、')}` });
    return writeChange(tx, { row, values: { ...values, officeNote: note, status: 'submitted' }, action: 'amended', comment: note, actor, now, reviewRepository });
  });
}

/** The legal office returns a unit's whole reported list with one comment. */
export function returnUnitList({ roundId, unitId, comment, actor, reviewRepository, campaignRepository, now = new Date() }: Deps & { roundId: number; unitId: number; comment: string }) {
  const round = campaignRound(roundId, reviewRepository);
  return reviewRepository.transaction((tx) => {
    const rows = campaignRepository.ofUnit(tx, roundId, unitId, ['proposed']);
    if (rows.length === 0) throw createNotProposedError({ message: '该单位没有待审核的清理意见' });
    for (const row of rows) writeChange(tx, { row, values: { status: 'returned', comment }, action: 'returned_to_unit', comment, actor, now, reviewRepository });
    campaignRepository.addEvent(tx, { roundId, unitId, kind: 'returned', text: comment, itemCount: rows.length, at: now, actorId: actor?.id ?? null, actorName: actor?.username ?? null });
    notifyUnit(tx, { unitId, roundId, now, text: `「${round.name}」：法制机构退回了本单位报送的 ${rows.length} 项清理意见：${comment}` });
    return { returned: rows.length };
  });
}

/** 催报: a reminder to a unit that has items not yet reported, kept with the round and on each such item's history. */
export function remindUnit({ roundId, unitId, message, actor, reviewRepository, campaignRepository, now = new Date() }: Deps & { roundId: number; unitId: number; message: string }) {
  const round = campaignRound(roundId, reviewRepository);
  return reviewRepository.transaction((tx) => {
    const rows = campaignRepository.ofUnit(tx, roundId, unitId, ['draft', 'returned']);
    if (rows.length === 0) throw createNothingOutstandingError();
    for (const row of rows) reviewRepository.appendHistory(tx, { disposition: row, at: now, actor, action: 'reminded', changes: {}, comment: message });
    notifyUnit(tx, { unitId, roundId, now, text: `「${round.name}」催报：本单位尚有 ${rows.length} 项未报送${message ? `。${message}` : ''}` });
    return campaignRepository.addEvent(tx, { roundId, unitId, kind: 'reminded', text: message, itemCount: rows.length, at: now, actorId: actor?.id ?? null, actorName: actor?.username ?? null });
  });
}
