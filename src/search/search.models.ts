import { todayIso, validityStatus } from '../documents/documents.models.js';
import { parseChineseNumber } from '../ingest/metadata/chinese-numerals.js';
import type { SearchHit } from './search.usecases.js';

/** Where on the document page a hit is: its article's anchor, or the line the chunk starts at. */
export function anchorOf(hit: Pick<SearchHit, 'article' | 'lineStart'>): string {
  const number = hit.article ? parseChineseNumber(hit.article.replace(/^第|条$/g, '')) : null;
  return number ? `article-${number}` : `l${hit.lineStart}`;
}

/** A hit as the API answers it and the CLI prints it. */
export function toSearchResult(hit: SearchHit, today = todayIso()) {
  const { document } = hit;
  return {
    id: document.id,
    title: document.title,
    docNumber: document.docNumber,
    issuer: document.issuer,
    issuedOn: document.issuedOn,
    status: validityStatus(document, today),
    score: Math.round(hit.score * 1000) / 1000,
    article: hit.article,
    url: `/documents/${document.id}#${anchorOf(hit)}`,
    snippet: hit.snippet,
  };
}
