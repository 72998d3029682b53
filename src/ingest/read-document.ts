import { indexedPart, STORED_HTML_CHARS } from '../documents/documents.models.js';
import type { MetadataHints } from '../documents/documents.types.js';
import { parseFile } from './formats/parse-file.js';
import type { ParseLimits } from './formats/formats.types.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { fingerprintOf } from '../text/fingerprint.js';
import { bodyIndexText } from '../text/search-tokenizer.js';

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
  // A very long text is stored whole, but only its beginning is analysed and indexed (its page says so).
  const html = parsed.html !== null && parsed.html.length <= STORED_HTML_CHARS ? parsed.html : null;
  return { ...parsed, html, ...readText(parsed.text, fileName, parsed.hints) };
}

/**
 * What is read from a text whatever its source (a file, OCR's text, or staff's correction of it): metadata,
 * structure, and what other features derive from it (index tokens, fingerprint). Only the beginning of a
 * very long text is analysed and indexed.
 */
export function readText(text: string, fileName: string, hints?: MetadataHints) {
  const extraction = extractMetadata(indexedPart(text), titleFromFileName(fileName), hints);
  return { ...extraction, derived: { searchBody: bodyIndexText(extraction.searchText), fingerprint: fingerprintOf(extraction.searchText) } };
}

export type ReadText = ReturnType<typeof readText>;

export type ReadDocument = Awaited<ReturnType<typeof readDocument>>;
