import { and, type SQL } from 'drizzle-orm';
import type { DocumentTextMatcher } from '../documents/documents.filters.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { toDocumentFilters, type ListQueryInput } from '../documents/documents.schemas.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { createExportTooLargeError } from './search.errors.js';
import { exportFileName, toExportRow, writeExport, type DocumentCategoryLookup, type ExportFormat } from './export.models.js';
import type { SearchRepository } from './search.repository.js';
import type { SearchQueryInput } from './search.schemas.js';
import { searchDocuments } from './search.usecases.js';

/** More than this is not a result set anyone reads: the request is refused before anything is written. */
export const MAX_EXPORT_ROWS = 50_000;

type Exported = { bytes: Buffer; fileName: string };

async function exportRows({ documents, format, kind, words, today, categories }: {
  documents: DocumentRow[]; format: ExportFormat; kind: '检索结果' | '文件清单'; words: string | undefined; today: string; categories: DocumentCategoryLookup | null;
}): Promise<Exported> {
  const categoryOf = categories?.(documents.map((d) => d.id)) ?? null;
  const rows = documents.map((document) => toExportRow(document, today, categoryOf?.get(document.id) ?? null));
  const bytes = await writeExport(format, { sheetName: kind, rows, withCategory: categories !== null });
  return { bytes, fileName: exportFileName(kind, words, today, format) };
}

/** Every document a search finds (not only a page), in the order the search ranks them. */
export async function exportSearchResults({ input, format, extra, today, searchRepository, categories }: {
  input: SearchQueryInput; format: ExportFormat; extra: SQL | undefined; today: string; searchRepository: SearchRepository;
  /** The review's categories, or null for those who may not read the review (the column is left out). */
  categories: DocumentCategoryLookup | null;
}): Promise<Exported> {
  const { rankedIds } = searchDocuments({
    query: input.q, sort: input.sort, limit: 0, filters: toDocumentFilters(input, today, extra), literal: input.literal === '1', searchRepository,
  });
  const ids = rankedIds();
  if (ids.length > MAX_EXPORT_ROWS) throw createExportTooLargeError();
  const byId = new Map(searchRepository.documentsAmong(ids, undefined).map((row) => [row.id, row]));
  const documents = ids.map((id) => byId.get(id)).filter((row): row is DocumentRow => row !== undefined);
  return exportRows({ documents, format, kind: '检索结果', words: input.q, today, categories });
}

/** Every document the list's filter passes (not only a page), in the list's order. */
export async function exportDocumentList({ input, format, extra, matchText, today, documentsRepository, categories }: {
  input: ListQueryInput; format: ExportFormat; extra: SQL | undefined; matchText: DocumentTextMatcher; today: string;
  documentsRepository: DocumentsRepository; categories: DocumentCategoryLookup | null;
}): Promise<Exported> {
  const filters = toDocumentFilters(input, today, and(extra, matchText(input.q)));
  const total = documentsRepository.count(filters);
  if (total > MAX_EXPORT_ROWS) throw createExportTooLargeError();
  const { rows } = documentsRepository.list({ ...filters, sort: input.sort, order: input.order, limit: Math.max(1, total) });
  return exportRows({ documents: rows, format, kind: '文件清单', words: input.q, today, categories });
}
