import type { Actor } from '../auth/auth.models.js';
import type { ReviewRoundRow } from '../review/review.table.js';
import { createAlreadyPublishedError, createNotReadyError } from './checklist.errors.js';
import { orderRows } from './checklist.models.js';
import {
  attachmentsOf, completeDetails, listOf, missingForIssue, PUBLISHED_LISTS, type PublicationDetails, type PublishedList, type PublishedRow,
} from './publication.models.js';
import type { PublicationRepository } from './publication.repository.js';
import type { RoundPublicationRow } from './publication.table.js';

const EMPTY_DETAILS: PublicationDetails = { kind: 'decision', issuer: '', docNumber: '', issuedOn: null, subject: '规范性文件', title: '', addressee: '', body: '', copyTo: '' };

function detailsOf(row: RoundPublicationRow | undefined): PublicationDetails {
  if (!row) return EMPTY_DETAILS;
  const { kind, issuer, docNumber, issuedOn, subject, title, addressee, body, copyTo } = row;
  return { kind, issuer, docNumber, issuedOn, subject, title, addressee, body, copyTo };
}

/** The round's approved decisions as the four published lists, each in the order offices list documents. */
export function publishedLists(roundId: number, publicationRepository: PublicationRepository): Record<PublishedList, PublishedRow[]> {
  const lists = Object.fromEntries(PUBLISHED_LISTS.map((list) => [list, [] as PublishedRow[]])) as Record<PublishedList, PublishedRow[]>;
  for (const decision of publicationRepository.approvedDocumentDecisions(roundId)) {
    const list = listOf(decision.category!, decision.groundAction);
    if (!list) continue;
    const note = list === 'continued' ? '' : [decision.groundLabel, decision.reason.trim() || null].filter(Boolean).join('；');
    lists[list].push({ title: decision.title, docNumber: decision.docNumber, issuer: decision.issuer, issuedOn: decision.issuedOn, note });
  }
  for (const list of PUBLISHED_LISTS) lists[list] = orderRows(lists[list]);
  return lists;
}

/**
 * The publishing document of a round as it stands: the details with the drafted wording filled in, the
 * attachments (as published, once published), and what still stands in the way of publishing.
 */
export function publicationOf({ round, publicationRepository }: { round: ReviewRoundRow; publicationRepository: PublicationRepository }) {
  const row = publicationRepository.get(round.id);
  const details = detailsOf(row);
  const attachments = attachmentsOf(row?.lists ?? publishedLists(round.id, publicationRepository), details.subject);
  const published = row?.publishedAt ? { at: row.publishedAt, by: row.publishedByName } : null;
  const notApproved = published ? 0 : publicationRepository.notApprovedCount(round.id);
  const missing = missingForIssue(details);
  return {
    roundId: round.id,
    roundName: round.name,
    details: completeDetails(details, attachments),
    saved: detailsOf(row),
    attachments,
    published,
    notApproved,
    missing,
    canPublish: !published && notApproved === 0 && missing.length === 0 && attachments.length > 0,
  };
}
export type Publication = ReturnType<typeof publicationOf>;

/** The legal office's draft of the publishing document; refused once the round is published. */
export function savePublication({ round, details, actor, publicationRepository, now = new Date() }: {
  round: ReviewRoundRow; details: PublicationDetails; actor: Actor; publicationRepository: PublicationRepository; now?: Date;
}) {
  if (publicationRepository.get(round.id)?.publishedAt) throw createAlreadyPublishedError();
  publicationRepository.save({ roundId: round.id, ...details, updatedAt: now, updatedByName: actor.username });
  return publicationOf({ round, publicationRepository });
}

/**
 * Publishes the round's result: only when every disposition is approved and the document has its issuer,
 * number and date. The lists are kept as published, whatever happens to the dispositions afterwards.
 */
export function publishRound({ round, actor, publicationRepository, now = new Date() }: {
  round: ReviewRoundRow; actor: Actor; publicationRepository: PublicationRepository; now?: Date;
}) {
  // One transaction: the check and the snapshot see the same dispositions.
  publicationRepository.transaction(() => {
    const publication = publicationOf({ round, publicationRepository });
    if (publication.published) throw createAlreadyPublishedError();
    if (publication.notApproved > 0) throw createNotReadyError({ message: `尚有 ${publication.notApproved} 项清理意见未批准，全部批准后才能公布` });
    if (publication.missing.length > 0) throw createNotReadyError({ message: `请先填写：${publication.missing.join('、')}` });
    if (publication.attachments.length === 0) throw createNotReadyError({ message: '该批次没有已批准的文件清理意见，无可公布的清单' });
    const lists = Object.fromEntries(PUBLISHED_LISTS.map((list) => [list, publication.attachments.find((a) => a.list === list)?.rows ?? []])) as Record<PublishedList, PublishedRow[]>;
    publicationRepository.save({
      roundId: round.id, ...publication.saved, updatedAt: now, updatedByName: actor.username,
      publishedAt: now, publishedById: actor.id, publishedByName: actor.username, lists,
    });
    publicationRepository.markRoundPublished(round.id, now);
  });
  return publicationOf({ round, publicationRepository });
}
