import type { ReasonCode, Suggestion } from './suggestions/suggestion-rules.js';
import type { Category, DispositionHistoryRow, DispositionRow, DispositionStatus, ReviewGroundRow } from './review.table.js';

export const CATEGORY_LABELS: Record<Category, string> = { keep: '坚持', improve: '完善', abolish: '废止', create: '新建' };

export const STATUS_LABELS: Record<DispositionStatus, string> = { draft: '草稿', proposed: '部门已报送', submitted: '待审核', returned: '已退回', approved: '已批准' };

export const REASON_LABELS: Record<ReasonCode, string> = {
  superseded: '已有新版本',
  repealed: '已被明令废止',
  expired: '有效期已过',
  cites_invalid: '引用文件已失效或修订',
  provisional_aged: '暂行试行过久',
  near_duplicate: '内容重复',
};

export const ACTION_LABELS: Record<string, string> = {
  created: '提出新建', updated: '修改', suggestion_accepted: '采纳建议', submitted: '提交审核', resubmitted: '重新提交',
  approved: '批准', returned: '退回', reopened: '重新打开',
  assigned: '分派责任单位', reassigned: '改派责任单位', reported: '部门报送', agreed: '法制机构同意', amended: '法制机构修改',
  returned_to_unit: '退回部门', returned_to_office: '退回法制机构', reminded: '催报',
};

export const FIELD_LABELS: Record<string, string> = {
  category: '类别', groundId: '清理依据', reason: '理由', legalBasis: '依据', responsibleUnit: '责任单位', deadline: '完成时限',
  proposedTitle: '拟新建制度', proposedScope: '范围', gap: '填补的空白', draftDocumentId: '草案', acceptedReasons: '采纳的建议',
  status: '状态', comment: '意见', itemIds: '对应制度/机制',
  ownerUnitId: '承办单位', unitCategory: '部门意见类别', unitGroundId: '部门意见依据', unitReason: '部门意见理由', officeNote: '法制机构意见',
};

type DocumentBrief = { id: number; title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null } | null;

/** A disposition as the API and the pages show it: with its document, ground, items and the suggestion. */
export function toDispositionView(row: DispositionRow, { document, ground, itemIds, suggestion }: {
  document: DocumentBrief; ground: ReviewGroundRow | undefined; itemIds: number[]; suggestion: Suggestion | undefined;
}) {
  return {
    id: row.id,
    roundId: row.roundId,
    documentId: row.documentId,
    document: document && { id: document.id, title: document.title, docNumber: document.docNumber, issuer: document.issuer, issuedOn: document.issuedOn },
    title: document?.title ?? row.proposedTitle ?? '',
    category: row.category,
    ground: ground ? { id: ground.id, code: ground.code, action: ground.action, label: ground.label } : null,
    reason: row.reason,
    legalBasis: row.legalBasis,
    responsibleUnit: row.responsibleUnit,
    deadline: row.deadline,
    proposedTitle: row.proposedTitle,
    proposedScope: row.proposedScope,
    gap: row.gap,
    draftDocumentId: row.draftDocumentId,
    acceptedReasons: row.acceptedReasons,
    status: row.status,
    comment: row.comment,
    ownerUnitId: row.ownerUnitId,
    unitProposal: row.unitCategory ? { category: row.unitCategory, groundId: row.unitGroundId, reason: row.unitReason ?? '' } : null,
    officeNote: row.officeNote,
    itemIds,
    suggestion: suggestion ? { category: suggestion.category, reasons: suggestion.reasons.map(({ code, message, relatedIds }) => ({ code, message, relatedIds })) } : null,
    updatedAt: row.updatedAt,
  };
}
export type DispositionView = ReturnType<typeof toDispositionView>;

export function toHistoryView(row: DispositionHistoryRow) {
  return { id: row.id, dispositionId: row.dispositionId, roundId: row.roundId, documentId: row.documentId, at: row.at, actor: row.actorName, action: row.action, changes: row.changes, comment: row.comment };
}
export type HistoryView = ReturnType<typeof toHistoryView>;

type Counts = Record<Category | 'undecided', number>;
const emptyCounts = (): Counts => ({ keep: 0, improve: 0, abolish: 0, create: 0, undecided: 0 });

/** The round dashboard's figures: per category, per status, and per responsible unit by category. */
export function toRoundCounts(rows: { category: Category | null; status: DispositionStatus; unit: string | null; n: number }[]) {
  const byCategory = emptyCounts();
  const byStatus: Record<DispositionStatus, number> = { draft: 0, proposed: 0, submitted: 0, returned: 0, approved: 0 };
  const units = new Map<string, Counts>();
  let total = 0;
  for (const { category, status, unit, n } of rows) {
    const key = category ?? 'undecided';
    byCategory[key] += n;
    byStatus[status] += n;
    total += n;
    const name = unit ?? '（未指定）';
    const counts = units.get(name) ?? emptyCounts();
    counts[key] += n;
    units.set(name, counts);
  }
  const byUnit = [...units].map(([unit, counts]) => ({ unit, ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total);
  return { total, byCategory, byStatus, byUnit };
}
export type RoundCounts = ReturnType<typeof toRoundCounts>;
