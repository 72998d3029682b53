import type { DocumentMetadata } from './documents.types.js';
import type { DocumentRow } from './documents.table.js';

export const VALIDITY_STATUSES = ['in_force', 'expired', 'pending'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

export const VALIDITY_STATUS_LABELS: Record<ValidityStatus, string> = {
  in_force: '现行有效',
  expired: '已失效',
  pending: '尚未施行',
};

/** Whether a document is in force on `today` (YYYY-MM-DD), from its effective and expiry dates. */
export function validityStatus(document: Pick<DocumentRow, 'effectiveOn' | 'expiresOn'>, today: string): ValidityStatus {
  if (document.expiresOn && document.expiresOn < today) return 'expired';
  if (document.effectiveOn && document.effectiveOn > today) return 'pending';
  return 'in_force';
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
