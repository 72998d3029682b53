import { cleanupOf, pageOfOffset, todayIso, validityStatus } from '../documents/documents.models.js';
import type { DocumentRow } from '../documents/documents.table.js';
import { parseChineseNumber } from '../text/chinese-numerals.js';
import type { HitLocation } from './search.locate.js';

/**
 * How the query was read, for the page, the API and the CLI to say: `verbatim` when it was matched as
 * typed; `words` when its words were also looked for apart (all of them); `relaxed` when only most of
 * them were found together. `corrected` is set when a slip of the pen was put right, with the query
 * that was searched instead.
 */
export type QueryReading = {
  mode: 'verbatim' | 'words' | 'relaxed';
  /** How many documents hold the query as typed (they come first). */
  verbatimHits: number;
  words: string[];
  typeWords: string[];
  corrected: { query: string; from: string; to: string } | null;
};

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
    cleanup: cleanupOf(document),
    score: Math.round(hit.score * 1000) / 1000,
    article: hit.article,
    url: `/documents/${document.id}${hit.offset !== null && pageOfOffset(hit.offset) > 1 ? `?page=${pageOfOffset(hit.offset)}` : ''}${anchorOf(hit)}`,
    snippet: hit.snippet,
  };
}

/** How a query was read, in a few words for a person: what was corrected, which words were looked for. */
export function describeReading(reading: QueryReading): string {
  const parts: string[] = [];
  if (reading.corrected) parts.push(`按「${reading.corrected.query}」检索`);
  if (reading.mode !== 'verbatim') {
    const how = reading.mode === 'relaxed' ? '未找到同时含有全部词语的文件，另列含有其中大部分词语的文件' : '按词语检索';
    parts.push(`${reading.verbatimHits > 0 ? `原文相符 ${reading.verbatimHits} 件排在最前；` : ''}${how}：${reading.words.join(' ')}`);
  }
  if (reading.mode !== 'verbatim' && reading.typeWords.length > 0) parts.push(`文种「${reading.typeWords.join('、')}」优先而不限定`);
  return parts.join('；');
}

/** The reading as the API answers it: what was done, and the same in words for a person. */
export function toSearchReading(reading: QueryReading) {
  return { ...reading, summary: describeReading(reading) };
}
