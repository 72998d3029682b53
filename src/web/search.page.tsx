import { VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import { describeReading, type toSearchResult } from '../search/search.models.js';
import type { QueryReading } from '../search/search.models.js';
import type { SearchQueryInput } from '../search/search.schemas.js';
import type { SearchFacets } from '../search/search.usecases.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { Layout, type Viewer } from './layout.js';
import { countSetFilters, DOCUMENT_FILTER_KEYS, DocumentFilterFields, FilterFold } from './document-filters.js';

type Result = ReturnType<typeof toSearchResult>;

/** A snippet with its matches marked; the text is escaped like any other. */
export function Highlighted({ text, highlights }: Result['snippet']) {
  const parts = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** How the query was read: the correction made, with a way back to the query as typed, and the words looked for. */
export function ReadingNotice({ query, reading }: { query: string; reading: QueryReading }) {
  const summary = describeReading(reading);
  if (!summary) return null;
  return (
    <p class="search-reading">
      {summary}
      {reading.corrected && <>{' '}<a href={`/search?${new URLSearchParams({ q: query, literal: '1' })}`} class="search-literal">仍按「{query}」检索</a></>}
    </p>
  );
}

export function SearchPage({ query, reading, total, results, facets, items, units, viewer }: {
  /** The managed units, for the responsible-unit filter. */
  units?: { id: number; name: string }[];
  query: Partial<SearchQueryInput>; reading: QueryReading | null; total: number | null; results: Result[]; facets: SearchFacets | null;
  /** The tracked items to filter by, for those who may read the review; null hides the review filters. */
  items: TrackingItemRow[] | null; viewer: Viewer;
}) {
  const option = (value: string, label: string, selected: string | number | undefined) =>
    <option value={value} selected={String(selected ?? '') === value}>{label}</option>;
  return (
    <Layout title={query.q ? `检索：${query.q}` : '全文检索'} active="/search" viewer={viewer} scripts={['search.js']}>
      <h1>全文检索</h1>
      <form id="search-form" class="filters" method="get" action="/search">
        <input type="search" name="q" value={query.q ?? ''} placeholder="输入标题中的词语、句子片段或文号" aria-label="检索词" class="search-input" autofocus />
        <FilterFold active={countSetFilters(query, DOCUMENT_FILTER_KEYS)}>
          <DocumentFilterFields query={query} facets={facets} items={items} units={units} />
          <select name="sort" aria-label="排序">
            {option('relevance', '按相关度', query.sort)}
            {option('date', '按日期', query.sort)}
          </select>
        </FilterFold>
        <button type="submit">检索</button>
      </form>
      <p class="muted">不必加空格：检索词会按词语理解，标题中含有这些词的文件排在前面，写错一个字也能找到；用引号 "…" 检索完整短语；在词前加减号 -词 排除。繁体、全角、文号括号写法均可。</p>
      <section id="search-results" aria-live="polite">
        {reading && query.q && <ReadingNotice query={query.q} reading={reading} />}
        {total !== null && <p class="result-count">共找到 {total} 件</p>}
        <ol class="search-results">
          {results.map((result) => (
            <li>
              <a href={result.url} class="result-title">{result.title}</a>
              <span class="result-meta">
                {[result.docNumber, result.issuer, result.issuedOn].filter(Boolean).join(' · ')}{' '}
                <span class={`status status-${result.status}`}>{VALIDITY_STATUS_LABELS[result.status]}</span>
                {result.article && <span class="tag">{result.article}</span>}
              </span>
              <p class="snippet"><Highlighted {...result.snippet} /></p>
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
