import { pageOfOffset, todayIso, validityStatus } from '../documents/documents.models.js';
import { parseChineseNumber } from '../ingest/metadata/chinese-numerals.js';
import type { SearchQueryInput } from './search.schemas.js';
import type { SearchHit } from './search.usecases.js';

/** The list filters a search request carries, as the document list names them. */
export function toSearchFilters(input: Pick<SearchQueryInput, 'type' | 'issuer' | 'level' | 'yearFrom' | 'yearTo' | 'status' | 'category' | 'item'>, today: string) {
  return {
    docType: input.type, issuer: input.issuer, level: input.level, yearFrom: input.yearFrom, yearTo: input.yearTo, status: input.status,
    category: input.category, itemId: input.item, today,
  };
}

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
