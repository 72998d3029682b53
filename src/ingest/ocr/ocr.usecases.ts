import type { DocumentRow } from '../../documents/documents.table.js';
import type { ParsePool } from '../formats/parse-pool.js';
import { createNotScanError, createOcrNotDoneError } from './ocr.errors.js';
import type { OcrRepository } from './ocr.repository.js';
import type { DocumentsRepository } from '../../documents/documents.repository.js';

/**
 * Staff's correction of a scan's recognised text: metadata is read again from the corrected text (in a
 * worker), and text, metadata and search index are stored in one transaction. Corrected fields stay.
 */
export async function correctRecognisedText({ id, text, documentsRepository, ocrRepository, parser }: {
  id: number; text: string; documentsRepository: DocumentsRepository; ocrRepository: OcrRepository; parser: Pick<ParsePool, 'readText'>;
}): Promise<DocumentRow> {
  const row = documentsRepository.getById(id);
  if (!row.ocrState) throw createNotScanError();
  if (row.ocrState !== 'done') throw createOcrNotDoneError();
  const normalised = text.replace(/\r\n?/g, '\n');
  return ocrRepository.correctText(id, normalised, await parser.readText({ text: normalised, fileName: row.fileName }));
}
