import type { DocumentMetadata } from '../ingest/metadata/metadata.types.js';
import type { DocumentStructure } from '../ingest/metadata/structure.js';
import { toIndexText } from './search.tokenizer.js';

export type SearchChunk = { kind: 'title' | 'body'; label: string | null; lineStart: number; lineEnd: number; indexText: string };

const MAX_CHUNK_CHARS = 1500;

/** The title block of a document in the index: title, notice title, 文号 and issuer, as the user last corrected them. */
export function buildTitleChunk(metadata: Pick<DocumentMetadata, 'title' | 'wrapperTitle' | 'docNumber' | 'issuer'>): SearchChunk {
  const text = [metadata.title, metadata.wrapperTitle, metadata.docNumber, metadata.issuer].filter(Boolean).join('\n');
  return { kind: 'title', label: null, lineStart: 0, lineEnd: 0, indexText: toIndexText(text) };
}

/**
 * The body of a document in the index: one chunk per article, so a hit says which article matched, and
 * blocks of paragraphs of at most ~1,500 characters for text outside articles.
 */
export function buildBodyChunks(lines: readonly string[], structure: DocumentStructure): SearchChunk[] {
  const articleStarts = new Map(structure.nodes.filter((n) => n.kind === 'article').map((n) => [n.line, n.label]));
  const headingLines = new Set(structure.nodes.filter((n) => n.kind !== 'article').map((n) => n.line));
  const chunks: SearchChunk[] = [];
  let start = 0;
  let label: string | null = null;
  let length = 0;
  const flush = (end: number) => {
    if (end > start) chunks.push({ kind: 'body', label, lineStart: start, lineEnd: end, indexText: toIndexText(lines.slice(start, end).join('\n')) });
    start = end;
    length = 0;
  };
  lines.forEach((line, i) => {
    const startsArticle = articleStarts.has(i);
    if (startsArticle || headingLines.has(i) || (label === null && length + line.length > MAX_CHUNK_CHARS)) {
      flush(i);
      label = startsArticle ? articleStarts.get(i)! : null;
    }
    length += line.length;
  });
  flush(lines.length);
  return chunks;
}
