import { createHash } from 'node:crypto';
import { can } from '../auth/roles.js';
import type { Actor } from '../auth/auth.models.js';
import { DEFAULT_OFFICE } from '../shared/official-layout.js';
import { todayIso } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { SearchRepository } from '../search/search.repository.js';
import { searchDocuments } from '../search/search.usecases.js';
import { BRIEFING_NAME, trackingBriefingDocx, type BriefingInput } from './tracking.briefing.js';
import { createBriefingConflictError, createDocumentNotFoundForLinkError, createItemInUseError, createNotOwnUnitError, createStageSkipError } from './tracking.errors.js';
import { coverageOf, isOverdue, keywordsOf, nextStage, type DashboardItem, type ItemsInReview } from './tracking.models.js';
import type { TrackingRepository } from './tracking.repository.js';
import type { Stage, TrackingItemRow } from './tracking.table.js';

/**
 * Records a progress report. A department reports only on the items its unit owns; the legal office on any.
 * `advance` moves the item to its next stage, never further.
 */
export function reportProgress({ itemId, report, files, actor, trackingRepository, now = new Date() }: {
  itemId: number;
  report: { text: string; reportedOn?: string; advance: boolean };
  files: { fileName: string; bytes: Buffer }[];
  actor: Actor;
  trackingRepository: TrackingRepository;
  now?: Date;
}) {
  return trackingRepository.transaction((tx) => {
    const item = trackingRepository.getItem(itemId, tx);
    // By the unit's id, not its name: "平凉市财政局" on the item and "市财政局" on the account are one unit.
    const ownItem = item.responsibleUnitId !== null && item.responsibleUnitId === actor.unitId;
    if (!can(actor.role, 'tracking:manage') && !ownItem) throw createNotOwnUnitError();
    let stageTo: Stage | null = null;
    if (report.advance) {
      stageTo = nextStage(item.stage);
      if (!stageTo) throw createStageSkipError({ message: '已是最后阶段（评估完善）' });
      trackingRepository.updateItem(item.id, { stage: stageTo, updatedAt: now }, tx);
    }
    return trackingRepository.insertReport(tx, {
      itemId, reportedOn: report.reportedOn ?? todayIso(now), at: now, actorId: actor.id, actorName: actor.username, unit: actor.unit,
      text: report.text, stageFrom: stageTo ? item.stage : null, stageTo,
    }, files);
  });
}

/**
 * The legal office's assignment of an item. A stage set here is a correction, so it may move any distance,
 * and is logged as a report so the log tells the whole story.
 */
export function assignItem({ itemId, changes: requested, actor, trackingRepository, now = new Date() }: {
  itemId: number;
  changes: Partial<Pick<TrackingItemRow, 'responsibleUnit' | 'responsibleUnitId' | 'lead' | 'deadline' | 'stage' | 'keywords'>>;
  actor: Actor;
  trackingRepository: TrackingRepository;
  now?: Date;
}) {
  return trackingRepository.transaction((tx) => {
    const item = trackingRepository.getItem(itemId, tx);
    // The unit is chosen from the managed list (by id, or a name matched against it); an unknown one is refused.
    const { responsibleUnit, responsibleUnitId, ...rest } = requested;
    const unitGiven = responsibleUnit !== undefined || responsibleUnitId !== undefined;
    const unit = unitGiven && (responsibleUnit || responsibleUnitId) ? trackingRepository.resolveUnit({ unit: responsibleUnit, unitId: responsibleUnitId }, item.responsibleUnitId) : null;
    const changes = { ...rest, ...(unitGiven && { responsibleUnit: unit?.name ?? null, responsibleUnitId: unit?.id ?? null }) };
    const updated = trackingRepository.updateItem(itemId, { ...changes, updatedAt: now }, tx);
    if (changes.stage && changes.stage !== item.stage) {
      trackingRepository.insertReport(tx, {
        itemId, reportedOn: todayIso(now), at: now, actorId: actor.id, actorName: actor.username, unit: actor.unit,
        text: '调整阶段', stageFrom: item.stage, stageTo: changes.stage,
      }, []);
    }
    return updated;
  });
}

export function removeItem({ itemId, trackingRepository }: { itemId: number; trackingRepository: TrackingRepository }) {
  trackingRepository.getItem(itemId);
  if (trackingRepository.reportCount(itemId) > 0) throw createItemInUseError();
  trackingRepository.deleteItem(itemId);
}

export function addItem({ name, kind, trackingRepository }: { name: string; kind: TrackingItemRow['kind']; trackingRepository: TrackingRepository }) {
  const last = trackingRepository.items().at(-1);
  return trackingRepository.insertItem({ name, kind, sortOrder: (last?.sortOrder ?? 0) + 1 });
}

export function decideLink({ itemId, documentId, accepted, actor, trackingRepository, documentsRepository, now = new Date() }: {
  itemId: number; documentId: number; accepted: boolean; actor: Actor; trackingRepository: TrackingRepository; documentsRepository: DocumentsRepository; now?: Date;
}) {
  trackingRepository.getItem(itemId);
  try {
    documentsRepository.getById(documentId);
  } catch {
    throw createDocumentNotFoundForLinkError();
  }
  trackingRepository.setLink({ itemId, documentId, accepted, decidedAt: now, decidedByName: actor.username });
}

const CANDIDATES = 10;

/** Documents the item's keywords find that nobody has accepted or rejected yet, best first. */
export function suggestLinks({ item, trackingRepository, searchRepository, documentsRepository }: {
  item: TrackingItemRow; trackingRepository: TrackingRepository; searchRepository: SearchRepository; documentsRepository: DocumentsRepository;
}) {
  const decided = trackingRepository.decidedDocumentIds(item.id);
  const found = new Map<number, { id: number; title: string; docNumber: string | null; issuedOn: string | null; keyword: string; score: number; snippet: { text: string; highlights: [number, number][] } }>();
  for (const keyword of keywordsOf(item)) {
    const { hits } = searchDocuments({ query: `"${keyword}"`, filters: { today: todayIso() }, sort: 'relevance', limit: CANDIDATES * 2, searchRepository, textsOf: documentsRepository.getTextsAndStructure });
    for (const hit of hits) {
      if (decided.has(hit.document.id) || (found.get(hit.document.id)?.score ?? -Infinity) >= hit.score) continue;
      found.set(hit.document.id, { id: hit.document.id, title: hit.document.title, docNumber: hit.document.docNumber, issuedOn: hit.document.issuedOn, keyword, score: hit.score, snippet: hit.snippet });
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).slice(0, CANDIDATES);
}

/** Every link between an item and a document: accepted links and documents whose dispositions serve the item. */
function documentLinks(trackingRepository: TrackingRepository, itemsInReview: ItemsInReview) {
  return [...trackingRepository.acceptedLinks(), ...itemsInReview.documentsServing()];
}

/** An item with its log, the documents covering it, the dispositions serving it and the documents to consider. */
export function trackingItemDetail({ itemId, trackingRepository, searchRepository, documentsRepository, itemsInReview }: {
  itemId: number; trackingRepository: TrackingRepository; searchRepository: SearchRepository; documentsRepository: DocumentsRepository; itemsInReview: ItemsInReview;
}) {
  const item = trackingRepository.getItem(itemId);
  const documentIds = documentLinks(trackingRepository, itemsInReview).filter((link) => link.itemId === item.id).map((link) => link.documentId);
  return {
    item,
    reports: trackingRepository.reports(item.id),
    documents: trackingRepository.documentBriefs([...new Set(documentIds)]),
    dispositions: itemsInReview.dispositionsServing(item.id),
    suggestions: suggestLinks({ item, trackingRepository, searchRepository, documentsRepository }),
  };
}

/** The unit whose items a viewer sees first: a department's own (the legal office and leaders see the usual order). */
export function ownUnitOf(user: Pick<Actor, 'role' | 'unitId'> | null | undefined): number | null {
  return user?.role === 'department' ? user.unitId : null;
}

/** The leaders' dashboard: each item with its stage, deadline, coverage and whether it is overdue. */
export function trackingDashboard({ trackingRepository, itemsInReview, unit, ownUnitId = null, today = todayIso() }: {
  trackingRepository: TrackingRepository; itemsInReview: ItemsInReview; unit?: string; ownUnitId?: number | null; today?: string;
}) {
  const allItems = trackingRepository.items();
  const filtered = unit ? allItems.filter((item) => item.responsibleUnit === unit) : allItems;
  // A department sees its own unit's items first, in their usual order.
  const items = ownUnitId === null ? filtered : [...filtered.filter((item) => item.responsibleUnitId === ownUnitId), ...filtered.filter((item) => item.responsibleUnitId !== ownUnitId)];
  const coverage = coverageOf({
    itemIds: items.map((item) => item.id),
    documentLinks: documentLinks(trackingRepository, itemsInReview),
    latestCategory: itemsInReview.latestCategories(),
    proposals: itemsInReview.proposals(),
  });
  const latest = new Map<number, { reportedOn: string; text: string; unit: string | null }>();
  for (const report of trackingRepository.latestReports(1)) latest.set(report.itemId, { reportedOn: report.reportedOn, text: report.text, unit: report.unit });
  return {
    units: [...new Set(allItems.map((item) => item.responsibleUnit).filter((u): u is string => !!u))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    items: items.map((item): DashboardItem => ({ ...item, overdue: isOverdue(item, today), coverage: coverage.get(item.id)!, latestReport: latest.get(item.id) ?? null })),
  };
}
export type TrackingDashboard = ReturnType<typeof trackingDashboard>;

/** Who issues: the office set once in the settings, or until then the issuing user's unit. */
export function officeOf({ trackingRepository, actor }: { trackingRepository: TrackingRepository; actor: Pick<Actor, 'unit'> | null }) {
  const settings = trackingRepository.officeSettings();
  return {
    office: settings?.office || actor?.unit || DEFAULT_OFFICE,
    reportTo: settings?.reportTo ?? '',
    copyTo: settings?.copyTo ?? '',
  };
}

function briefingInput({ trackingRepository, itemsInReview, actor, today, draft }: {
  trackingRepository: TrackingRepository; itemsInReview: ItemsInReview; actor: Pick<Actor, 'unit'> | null; today: string; draft: boolean;
}): BriefingInput {
  const previous = trackingRepository.latestBriefing();
  return {
    number: (previous?.number ?? 0) + 1,
    ...officeOf({ trackingRepository, actor }),
    issuedOn: today,
    items: trackingDashboard({ trackingRepository, itemsInReview, today }).items,
    news: trackingRepository.reportsSince(previous?.issuedAt ?? null),
    previous: previous ? { number: previous.number, issuedOn: previous.issuedOn, stages: previous.stages } : null,
    draft,
  };
}

export const briefingFileName = (number: number, issuedOn: string) => `${BRIEFING_NAME.replace('、', '')}第${number}期（${issuedOn}）.docx`;

/** The next briefing as it would be issued now, marked 样稿; nothing is stored. */
export async function previewBriefing({ trackingRepository, itemsInReview, actor, today = todayIso() }: {
  trackingRepository: TrackingRepository; itemsInReview: ItemsInReview; actor: Pick<Actor, 'unit'> | null; today?: string;
}) {
  const input = briefingInput({ trackingRepository, itemsInReview, actor, today, draft: true });
  return { bytes: await trackingBriefingDocx(input), fileName: briefingFileName(input.number, today).replace('.docx', '（样稿）.docx') };
}

/**
 * Issues the next briefing: numbered 第N期 after the last one, stored as written so it downloads again
 * unchanged, with each item's stage so the next issue can tell what moved.
 */
export async function issueBriefing({ trackingRepository, itemsInReview, actor, now = new Date() }: {
  trackingRepository: TrackingRepository; itemsInReview: ItemsInReview; actor: Actor; now?: Date;
}) {
  const today = todayIso(now);
  const input = briefingInput({ trackingRepository, itemsInReview, actor, today, draft: false });
  const bytes = await trackingBriefingDocx(input);
  return trackingRepository.transaction((tx) => {
    // Another issue in the meantime would take this number: the unique index refuses the second.
    if ((trackingRepository.latestBriefing(tx)?.number ?? 0) + 1 !== input.number) throw createBriefingConflictError();
    return trackingRepository.insertBriefing(tx, {
      number: input.number, issuedOn: today, issuedAt: now, issuedById: actor.id, issuedByName: actor.username, office: input.office,
      fileName: briefingFileName(input.number, today), contentHash: createHash('sha256').update(bytes).digest('hex'), bytes,
      stages: Object.fromEntries(input.items.map((item) => [String(item.id), item.stage])),
    });
  });
}
