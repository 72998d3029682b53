import type { Actor } from '../auth/auth.models.js';
import type { DispositionRow, ReviewRoundRow } from '../review/review.table.js';
import { createVersionRoundMismatchError } from './checklist.errors.js';
import { basisText, buildChecklist, checklistHash, compareChecklists, type Checklist, type ChecklistOptions, type ChecklistRow } from './checklist.models.js';
import type { ChecklistRepository } from './checklist.repository.js';
import type { ChecklistVersionRow } from './checklist.table.js';

/** The documents a disposition rests on: its legal basis, or failing that the documents of the suggestion it accepted. */
function basisDocumentIds(d: DispositionRow): number[] {
  const cited = d.legalBasis.flatMap((b) => ('documentId' in b ? [b.documentId] : []));
  return d.legalBasis.length > 0 ? cited : d.acceptedReasons.flatMap((r) => r.relatedIds);
}

/** The rows of a round's checklist as they stand now. */
export function checklistRows({ round, options, checklistRepository }: {
  round: ReviewRoundRow; options: ChecklistOptions; checklistRepository: ChecklistRepository;
}): { rows: ChecklistRow[]; leftOut: number } {
  const decided = checklistRepository.decidedDispositions(round.id);
  const included = decided.filter(({ disposition }) => options.includeUnapproved || disposition.status === 'approved');
  const items = checklistRepository.itemNamesByDisposition(included.map(({ disposition }) => disposition.id));
  const basisTitles = checklistRepository.titlesOf(included.flatMap(({ disposition }) => basisDocumentIds(disposition)));
  const rows = included.map(({ disposition: d, document, ground }): ChecklistRow => {
    const opinion = [ground ? `${ground.action}（${ground.label}）` : null, d.reason || null].filter(Boolean).join('。');
    const basis = basisText(d, basisTitles);
    return {
      key: d.documentId !== null ? `document-${d.documentId}` : `proposal-${d.id}`,
      category: d.category!,
      title: document?.title ?? d.proposedTitle ?? '',
      docNumber: document?.docNumber ?? null,
      issuer: document?.issuer ?? null,
      issuedOn: document?.issuedOn ?? null,
      opinion,
      basis,
      responsibleUnit: d.responsibleUnit,
      deadline: d.category === 'improve' || d.category === 'create' ? d.deadline : null,
      items: (items.get(d.id) ?? []).join('、'),
      approved: d.status === 'approved',
    };
  });
  return { rows, leftOut: checklistRepository.undecidedCount(round.id) + decided.length - included.length };
}

/** The checklist as it would be generated now, without recording a version: what the page shows. */
export function previewChecklist({ round, options, office, checklistRepository, now = new Date() }: {
  round: ReviewRoundRow; options: ChecklistOptions; office?: string; checklistRepository: ChecklistRepository; now?: Date;
}): Checklist {
  const { rows, leftOut } = checklistRows({ round, options, checklistRepository });
  return buildChecklist({ roundName: round.name, office, rows, leftOut, options, generatedAt: now });
}

/** What changed between two versions of one round's checklist. */
export function compareVersions({ fromId, toId, roundId, checklistRepository }: {
  fromId: number; toId: number; roundId?: number; checklistRepository: ChecklistRepository;
}) {
  const before = checklistRepository.getVersion(fromId);
  const after = checklistRepository.getVersion(toId);
  if (before.roundId !== after.roundId || (roundId !== undefined && before.roundId !== roundId)) throw createVersionRoundMismatchError();
  return { from: { id: before.id, createdAt: before.createdAt }, to: { id: after.id, createdAt: after.createdAt }, ...compareChecklists(before.rows, after.rows) };
}

/**
 * Generates the round's checklist and records it as a version, unless it is identical to the latest
 * version made with the same options.
 */
export function generateChecklist({ round, options, office, actor, checklistRepository, now = new Date() }: {
  round: ReviewRoundRow; options: ChecklistOptions; office?: string; actor: Actor | null; checklistRepository: ChecklistRepository; now?: Date;
}): { checklist: Checklist; version: ChecklistVersionRow } {
  const { rows, leftOut } = checklistRows({ round, options, checklistRepository });
  const contentHash = checklistHash(rows, options);
  const latest = checklistRepository.latestVersion(round.id, options.includeUnapproved);
  const version = latest?.contentHash === contentHash
    ? latest
    : checklistRepository.insertVersion({ roundId: round.id, createdAt: now, createdById: actor?.id ?? null, createdByName: actor?.username ?? null, options, contentHash, rows });
  return { checklist: buildChecklist({ roundName: round.name, office, rows, leftOut, options, generatedAt: now }), version };
}
