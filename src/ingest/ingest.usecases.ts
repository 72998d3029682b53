import { createHash } from 'node:crypto';
import type { AppConfig } from '../config.js';
import { effectiveMetadata } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { AppError, isAppError } from '../shared/errors.js';
import { safeFileName } from '../shared/file-names.js';
import { createFileTooLargeError, createUnreadableFileError } from './ingest.errors.js';
import type { Parser, ParsePool } from './formats/parse-pool.js';
import { docNumberPrefix } from '../text/doc-number.js';
import type { ReadDocument } from './read-document.js';

export type ImportLimits = Pick<AppConfig, 'maxFileBytes' | 'maxExpandedBytes' | 'maxScanPages'>;

export type ImportResult =
  | { file: string; status: 'imported' | 'duplicate'; document: DocumentRow }
  | { file: string; status: 'failed'; error: AppError };

/**
 * Imports one file: identical bytes are reported as a duplicate of the stored document; anything that
 * cannot be read is reported as failed with a reason, and nothing of it is stored.
 */
export async function importDocument({ bytes, fileName, documentsRepository, parser, limits, now = new Date() }: {
  bytes: Buffer;
  fileName: string;
  documentsRepository: DocumentsRepository;
  parser: Parser;
  limits: ImportLimits;
  now?: Date;
}): Promise<ImportResult> {
  const file = fileName; // results name the file as it was given; what is stored gets the safe name
  const name = safeFileName(fileName);
  try {
    if (bytes.length > limits.maxFileBytes) throw createFileTooLargeError(name, `上限 ${Math.round(limits.maxFileBytes / 1048576)} MB`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = documentsRepository.findBySha256(sha256);
    if (existing) return { file, status: 'duplicate', document: existing };

    const parsed = await parser.parse({ bytes, fileName: name, limits });
    const { format, text, html, structure, searchText, derived, kind, scanPages } = parsed;
    const { metadata, evidence } = inferIssuer(parsed, documentsRepository);
    // A scan is stored at once with its pages still to read; the OCR queue fills in its text.
    const ocr = scanPages === undefined ? {} : { ocrState: 'pending' as const, ocrPages: scanPages, ocrPagesDone: 0 };
    try {
      const document = documentsRepository.insert({
        row: {
          sha256, fileName: name, format, sizeBytes: bytes.length,
          ...metadata, extracted: metadata, kind, evidence, overrides: {}, ...ocr, createdAt: now, updatedAt: now,
        },
        content: { text, searchText, html, structure },
        derived,
        bytes,
      });
      return { file, status: 'imported', document };
    } catch (error) {
      // Another import of the same bytes won the race between our check and our insert.
      const winner = documentsRepository.findBySha256(sha256);
      if (winner) return { file, status: 'duplicate', document: winner };
      throw error;
    }
  } catch (error) {
    return { file, status: 'failed', error: isAppError(error) ? error : createUnreadableFileError(name, undefined, String(error).slice(0, 120)) };
  }
}

/**
 * 机关代字: a document that prints no issuer but a 文号 gets the issuer that every document of the
 * inventory with the same 文号 prefix prints (平政发 → 平凉市人民政府), marked as inferred. Where the
 * inventory ties the prefix to several issuers, or to none, the issuer stays unknown.
 */
export function inferIssuer({ metadata, evidence }: Pick<ReadDocument, 'metadata' | 'evidence'>,
  documentsRepository: Pick<DocumentsRepository, 'issuersOfDocNumberPrefix'>, exceptId?: number): Pick<ReadDocument, 'metadata' | 'evidence'> {
  const prefix = metadata.issuer === null && metadata.docNumber ? docNumberPrefix(metadata.docNumber) : null;
  const issuers = prefix ? documentsRepository.issuersOfDocNumberPrefix(prefix, exceptId) : [];
  if (issuers.length !== 1) return { metadata, evidence };
  const [{ issuer, documents }] = issuers as [{ issuer: string; documents: number }];
  return {
    metadata: { ...metadata, issuer },
    evidence: { ...evidence, issuer: { source: 'inferred', detail: `文号“${prefix}”在已有 ${documents} 份文件中均属${issuer}` } },
  };
}

/**
 * Parses a stored original again (after a parser improvement); the user's corrections stay in force.
 * A scan keeps its recognised (or corrected) text: only its metadata is read again from it.
 */
export async function reparseDocument({ id, documentsRepository, parser, limits, now = new Date() }: {
  id: number;
  documentsRepository: DocumentsRepository;
  parser: Pick<ParsePool, 'parse' | 'readText'>;
  limits: ImportLimits;
  now?: Date;
}): Promise<DocumentRow> {
  const row = documentsRepository.getById(id);
  const reread = row.ocrState
    ? { ...(await parser.readText({ text: documentsRepository.getContent(id).text, fileName: row.fileName })), text: documentsRepository.getContent(id).text, html: null }
    : await parser.parse({ bytes: documentsRepository.getOriginal(id), fileName: row.fileName, limits });
  const { text, html, structure, searchText, derived, kind } = reread;
  const { metadata, evidence } = inferIssuer(reread, documentsRepository, id);
  return documentsRepository.updateMetadata(
    id,
    { extracted: metadata, overrides: row.overrides, effective: effectiveMetadata(metadata, row.overrides), updatedAt: now, reading: { kind, evidence } },
    { content: { text, searchText, html, structure }, derived },
  );
}
