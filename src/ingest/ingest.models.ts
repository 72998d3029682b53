import { todayIso, toDocumentSummary } from '../documents/documents.models.js';
import type { ImportResult } from './ingest.usecases.js';

/** One file's import result as the API answers it and the CLI prints it with --json. */
export function toImportResultBody(result: ImportResult, today = todayIso()) {
  return result.status === 'failed'
    ? { file: result.file, status: result.status, error: { code: result.error.code, message: result.error.message } }
    : { file: result.file, status: result.status, document: toDocumentSummary(result.document, today) };
}
