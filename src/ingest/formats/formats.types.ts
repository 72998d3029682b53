import type { MetadataHints } from '../../documents/documents.types.js';

export const DOCUMENT_FORMATS = ['docx', 'doc', 'pdf', 'txt', 'html', 'md', 'ofd', 'jpg', 'png', 'tif'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * What a format parser gives back: the text (one paragraph per line) and, where the format has one, HTML;
 * what the file states about itself outside its text (`hints`). A scan has no text yet: `scanPages` says
 * how many pages OCR will read, later, outside the import.
 */
export type ParsedContent = { text: string; html: string | null; hints?: MetadataHints; scanPages?: number };

/** OCR takes seconds a page: a longer scan is refused at upload, to be split (README). */
export const DEFAULT_MAX_SCAN_PAGES = 200;

export type ParseLimits = { maxExpandedBytes: number; maxScanPages?: number };
