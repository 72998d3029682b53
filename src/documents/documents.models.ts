import { CLEANUP_STATUSES, type CleanupDetail, type DocumentMetadata } from './documents.types.js';
import type { DocumentRow } from './documents.table.js';

/** What a document's dates say on a given day: the status the text itself gives. */
export const DATED_STATUSES = ['in_force', 'expired', 'pending'] as const;
export type DatedStatus = (typeof DATED_STATUSES)[number];

/** A document's 时效性 as everyone sees it: the clean-up's outcome where there is one, else what its dates say. */
export const VALIDITY_STATUSES = [...DATED_STATUSES, ...CLEANUP_STATUSES] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

export const VALIDITY_STATUS_LABELS: Record<ValidityStatus, string> = {
  in_force: '现行有效',
  expired: '已失效',
  pending: '尚未施行',
  abolished: '已废止',
  to_revise: '待修订',
  revised: '已被修订',
};

/** Whether a document is in force on `today` (YYYY-MM-DD) by its effective and expiry dates, as the text states them. */
export function datedStatus(document: Pick<DocumentRow, 'effectiveOn' | 'expiresOn'>, today: string): DatedStatus {
  if (document.expiresOn && document.expiresOn < today) return 'expired';
  if (document.effectiveOn && document.effectiveOn > today) return 'pending';
  return 'in_force';
}

/** The one status the list, search, filters and the document page show: the clean-up's outcome wins over the dates. */
export function validityStatus(document: Pick<DocumentRow, 'effectiveOn' | 'expiresOn' | 'cleanupStatus'>, today: string): ValidityStatus {
  return document.cleanupStatus ?? datedStatus(document, today);
}

/** The clean-up decision behind a document's status (round, approval date) and its newer version; null without one. */
export function cleanupOf(row: Pick<DocumentRow, 'cleanupStatus' | 'cleanupDetail'>) {
  return row.cleanupStatus ? { ...row.cleanupDetail, summary: describeCleanup(row.cleanupDetail) } : null;
}
export type CleanupView = ReturnType<typeof cleanupOf>;

/** What a clean-up status rests on, in words: "2026年清理批次 2026年11月29日批准". */
export function describeCleanup(detail: CleanupDetail | null): string | null {
  if (!detail?.roundName) return null;
  const [year, month, day] = (detail.decidedOn ?? '').split('-').map(Number);
  return `${detail.roundName}${year ? ` ${year}年${month}月${day}日批准` : ''}`;
}

/** The values in force: what the parser found, with the user's corrections on top. */
export function effectiveMetadata(extracted: DocumentMetadata, overrides: Partial<DocumentMetadata>): DocumentMetadata {
  return { ...extracted, ...overrides };
}

export function todayIso(now: Date = new Date()): string {
  // Dates in documents are local (China Standard Time), so "today" is too.
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The fields of a document the API shows in lists and in the CLI's JSON lines. */
export function toDocumentSummary(row: DocumentRow, today: string) {
  return {
    id: row.id,
    title: row.title,
    wrapperTitle: row.wrapperTitle,
    docNumber: row.docNumber,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    effectiveOn: row.effectiveOn,
    expiresOn: row.expiresOn,
    docType: row.docType,
    provisional: row.provisional,
    level: row.level,
    articleCount: row.articleCount,
    citations: row.citations,
    repeals: row.repeals,
    status: validityStatus(row, today),
    /** The status the document's own dates give, kept as evidence beside the clean-up's outcome. */
    datedStatus: datedStatus(row, today),
    cleanup: cleanupOf(row),
    revisedById: row.revisedById,
    kind: row.kind,
    format: row.format,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    /** Scans only: where OCR stands, how many pages are read, and the engine's confidence once done. */
    ocr: row.ocrState
      ? { state: row.ocrState, pages: row.ocrPages ?? 0, pagesDone: row.ocrPagesDone ?? 0, confidence: row.ocrConfidence, error: row.ocrError, textCorrectedAt: row.textCorrectedAt }
      : null,
  };
}
export type DocumentSummary = ReturnType<typeof toDocumentSummary>;

/**
 * Past this many characters a text is stored whole, but only its beginning is read for metadata and
 * structure, fingerprinted and indexed for search; its page says so.
 */
export const INDEXED_TEXT_CHARS = 500_000;
/** The document page shows a text in pages of about this many characters, cut at line ends. */
export const TEXT_PAGE_CHARS = 100_000;
/** Past this many characters a document's HTML (its original layout) is not kept: the text stands for it. */
export const STORED_HTML_CHARS = 2_000_000;

/** Where each line of `text` starts, counting lines as `toLines` does (blank lines are not lines). */
export function lineStarts(text: string): number[] {
  const starts: number[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  for (let start = 0; ;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    if (/\S/.test(text.slice(start, end))) starts.push(start);
    if (!match) return starts;
    start = match.index + match[0].length;
  }
}

/** The page (from 1) of the document page that shows the line starting at `offset`. */
export const pageOfOffset = (offset: number) => Math.floor(offset / TEXT_PAGE_CHARS) + 1;

/** The beginning of a text that is read for metadata and indexed: all of it, or up to the last line end within the limit. */
export function indexedPart(text: string): string {
  if (text.length <= INDEXED_TEXT_CHARS) return text;
  const lastBreak = text.lastIndexOf('\n', INDEXED_TEXT_CHARS);
  return text.slice(0, lastBreak > 0 ? lastBreak : INDEXED_TEXT_CHARS);
}
