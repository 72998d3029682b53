import { pageOfOffset, todayIso, validityStatus } from '../documents/documents.models.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { parseChineseNumber } from '../text/chinese-numerals.js';
import type { HitLocation } from './search.locate.js';

/** A document found, how well it matched, and where. */
export type SearchHit = HitLocation & { document: DocumentRow; score: number };

/** Where on the document page a hit is: its article's anchor, or its line, or the top for a title match. */
export function anchorOf(hit: Pick<SearchHit, 'article' | 'line'>): string {
  const number = hit.article ? parseChineseNumber(hit.article.replace(/^第|条$/g, '')) : null;
  if (number) return `#article-${number}`;
  return hit.line === null ? '' : `#l${hit.line}`;
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
    url: `/documents/${document.id}${hit.offset !== null && pageOfOffset(hit.offset) > 1 ? `?page=${pageOfOffset(hit.offset)}` : ''}${anchorOf(hit)}`,
    snippet: hit.snippet,
  };
}
