import { parseFile } from './formats/parse-file.js';
import type { ParseLimits } from './formats/formats.types.js';
import { bodyIndexText } from '../search/search.index.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { fingerprintOf } from '../review/suggestions/fingerprint.js';

/** A title to fall back on: the file name without extension and without a "(2019-03-05)" version date. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '');
  return base.replace(/\.[^.]*$/, '').replace(/\s*[(（]\d{4}-\d{2}-\d{2}[)）]\s*$/, '').trim() || base;
}

/**
 * Everything read from one file: its text and HTML, metadata, structure, the tokens of its body for the
 * full-text index and its near-duplicate fingerprint. Pure CPU work, run in a worker thread.
 */
export async function readDocument({ bytes, fileName, limits }: { bytes: Buffer; fileName: string; limits: ParseLimits }) {
  const parsed = await parseFile({ bytes, fileName, limits });
  return { ...parsed, ...readText(parsed.text, fileName) };
}

/** What is read from a text whatever its source: metadata, structure, index tokens and fingerprint (OCR's text, or staff's correction of it). */
export function readText(text: string, fileName: string) {
  const extraction = extractMetadata(text, titleFromFileName(fileName));
  return { ...extraction, searchBody: bodyIndexText(extraction.searchText), fingerprint: fingerprintOf(extraction.searchText) };
}

export type ReadText = ReturnType<typeof readText>;

export type ReadDocument = Awaited<ReturnType<typeof readDocument>>;
