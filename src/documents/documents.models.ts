import type { DocumentMetadata } from '../ingest/metadata/metadata.types.js';
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
