import type { MetadataHints } from '../../documents/documents.types.js';

export const DOCUMENT_FORMATS = ['docx', 'doc', 'pdf', 'txt', 'html', 'md', 'ofd'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What a format parser gives back: the text (one paragraph per line) and, where the format has one, HTML. */
export type ParsedContent = { text: string; html: string | null; hints?: MetadataHints };

export type ParseLimits = { maxExpandedBytes: number };
