import type { Category } from '../review.table.js';
import { versionDate, type InventoryEntry, type Relations } from './relations.js';

export const REASON_CODES = ['superseded', 'repealed', 'expired', 'cites_invalid', 'provisional_aged', 'near_duplicate'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One piece of evidence: a stable code, a Chinese explanation, the documents it rests on, the ground it implies. */
export type SuggestionReason = { code: ReasonCode; category: Category; groundCode: string; message: string; relatedIds: number[] };
export type Suggestion = { category: Exclude<Category, 'create'>; groundCode: string; reasons: SuggestionReason[] };

export type SuggestionOptions = {
  today: string;
  /** 暂行/试行 rules older than this many years should be made permanent or replaced. */
  provisionalMaxYears: number;
  /** Near-duplicates at or above this similarity, the older one of the pair is suggested for abolition. */
  duplicateAbolishSimilarity: number;
};

export type SuggestionInputs = {
  relations: Relations;
  /** Documents an approved disposition abolishes. */
  abolishedIds: ReadonlySet<number>;
  /** Similar documents per document, from the fingerprints. */
  nearDuplicates: ReadonlyMap<number, { id: number; similarity: number }[]>;
};

const PROVISIONAL_WORDS = { interim: '暂行', trial: '试行' } as const;

function quoted(entry: InventoryEntry): string {
  const date = versionDate(entry);
  return `《${entry.title}》${date ? `（${date}）` : ''}`;
}

function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function supersededReason(entry: InventoryEntry, { relations }: SuggestionInputs): SuggestionReason | null {
  const newer = relations.newerVersionOf(entry.id);
  if (!newer) return null;
  return { code: 'superseded', category: 'abolish', groundCode: 'abolish_superseded', message: `已有同名的新版本${quoted(newer)}`, relatedIds: [newer.id] };
}

function repealedReason(entry: InventoryEntry, { relations }: SuggestionInputs): SuggestionReason | null {
  const repealers = relations.repealedBy(entry.id);
  if (repealers.length === 0) return null;
  return {
    code: 'repealed', category: 'abolish', groundCode: 'abolish_repealed',
    message: `${repealers.map(quoted).join('、')}规定本文件同时废止`, relatedIds: repealers.map((r) => r.id),
  };
}

function expiredReason(entry: InventoryEntry, _inputs: SuggestionInputs, { today }: SuggestionOptions): SuggestionReason | null {
  if (!entry.expiresOn || entry.expiresOn >= today) return null;
  return { code: 'expired', category: 'abolish', groundCode: 'abolish_expired', message: `有效期已于${entry.expiresOn}届满`, relatedIds: [] };
}

/**
 * A citation is out of date when what it names no longer stands (abolished, repealed, expired), or when the
 * rule cited was revised after this document was written, so the text it relies on has changed.
 */
function citesInvalidReason(entry: InventoryEntry, { relations, abolishedIds }: SuggestionInputs, { today }: SuggestionOptions): SuggestionReason | null {
  const problems: string[] = [];
  const relatedIds: number[] = [];
  const ownDate = versionDate(entry);
  for (const { title, versions } of relations.cites(entry.id)) {
    const newest = versions.at(-1)!;
    const invalid = abolishedIds.has(newest.id) || relations.repealedBy(newest.id).length > 0 || (!!newest.expiresOn && newest.expiresOn < today);
    if (invalid) {
      problems.push(`引用的《${title}》已废止或失效`);
      relatedIds.push(newest.id);
      continue;
    }
    const newestDate = versionDate(newest);
    const citedVersion = ownDate ? versions.filter((v) => (versionDate(v) ?? '') <= ownDate).at(-1) : undefined;
    if (citedVersion && citedVersion.id !== newest.id && newestDate && ownDate && newestDate > ownDate) {
      problems.push(`引用的《${title}》已于${newestDate}修订`);
      relatedIds.push(newest.id);
    }
  }
  if (problems.length === 0) return null;
  return { code: 'cites_invalid', category: 'improve', groundCode: 'improve_cites_invalid', message: problems.join('；'), relatedIds };
}

function provisionalAgedReason(entry: InventoryEntry, _inputs: SuggestionInputs, { today, provisionalMaxYears }: SuggestionOptions): SuggestionReason | null {
  const since = versionDate(entry);
  if (!entry.provisional || !since) return null;
  const years = yearsBetween(since, today);
  if (years < provisionalMaxYears) return null;
  return {
    code: 'provisional_aged', category: 'improve', groundCode: 'improve_provisional',
    message: `${PROVISIONAL_WORDS[entry.provisional]}文件已施行${years}年，超过${provisionalMaxYears}年`, relatedIds: [],
  };
}

function nearDuplicateReason(entry: InventoryEntry, { relations, nearDuplicates }: SuggestionInputs, { duplicateAbolishSimilarity }: SuggestionOptions): SuggestionReason | null {
  // Another version of the same rule is the superseded rule's business; a second copy of this version is not.
  const otherVersionIds = new Set(relations.versionsOf(entry.id).filter((v) => versionDate(v) !== versionDate(entry)).map((v) => v.id));
  const similar = (nearDuplicates.get(entry.id) ?? []).filter((other) => !otherVersionIds.has(other.id) && relations.byId.has(other.id));
  if (similar.length === 0) return null;
  const best = similar.reduce((a, b) => (b.similarity > a.similarity ? b : a));
  const bestEntry = relations.byId.get(best.id)!;
  const percent = Math.round(best.similarity * 100);
  // Of two near-copies the older gives way (of two of the same date, the one imported later); otherwise merge.
  const ownDate = versionDate(entry) ?? '';
  const otherDate = versionDate(bestEntry) ?? '';
  const olderCopy = best.similarity >= duplicateAbolishSimilarity && (ownDate < otherDate || (ownDate === otherDate && entry.id > bestEntry.id));
  return {
    code: 'near_duplicate', category: olderCopy ? 'abolish' : 'improve', groundCode: olderCopy ? 'abolish_duplicate' : 'improve_merge',
    message: `与${quoted(bestEntry)}内容高度重复（相似度约${percent}%）${olderCopy ? '，本文件宜废止' : '，宜合并'}`,
    relatedIds: similar.sort((a, b) => b.similarity - a.similarity).map((s) => s.id),
  };
}

const RULES = [supersededReason, repealedReason, expiredReason, citesInvalidReason, provisionalAgedReason, nearDuplicateReason];
const CATEGORY_RANK: Record<Suggestion['category'], number> = { abolish: 2, improve: 1, keep: 0 };

/**
 * The category a document's evidence points to: abolish when anything says it no longer stands, improve when
 * something in it needs mending, keep otherwise. The ground is the first reason's of that category.
 */
export function suggestFor(entry: InventoryEntry, inputs: SuggestionInputs, options: SuggestionOptions): Suggestion {
  const reasons = RULES.map((rule) => rule(entry, inputs, options)).filter((reason): reason is SuggestionReason => reason !== null);
  const strongest = reasons.reduce<SuggestionReason | null>((best, reason) =>
    !best || CATEGORY_RANK[reason.category as Suggestion['category']] > CATEGORY_RANK[best.category as Suggestion['category']] ? reason : best, null);
  if (!strongest) return { category: 'keep', groundCode: 'keep_valid', reasons: [] };
  return { category: strongest.category as Suggestion['category'], groundCode: strongest.groundCode, reasons };
}
