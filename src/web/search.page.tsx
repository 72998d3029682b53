import { StatusBadge } from './document-status.js';
import { describeReading, type toSearchResult } from '../search/search.models.js';
import type { QueryReading } from '../search/search.models.js';
import type { SearchQueryInput } from '../search/search.schemas.js';
import type { SearchFacets } from '../search/search.usecases.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { PAGE_SIZES } from '../search/saved-search.schemas.js';
import type { ResultView } from '../search/saved-search.table.js';
import type { SavedSearch } from '../search/saved-search.usecases.js';
import { ExportLinks, MySearchesMenu, ResultPager, SaveSearchForm, withParams } from './result-tools.js';
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

type Found = { total: number; page: number; pages: number; limit: number; results: Result[]; facets: SearchFacets; reading: QueryReading };

export function SearchPage({ query, view, found, categories, saved, items, units, viewer }: {
  query: Partial<SearchQueryInput>;
  /** One line per hit (compact), or with the snippet (full). */
  view: ResultView;
  found: Found | null;
  /** The review's latest category by document, for those who may read the review; null hides the column. */
  categories: Map<number, string> | null;
  saved: SavedSearch[];
  /** The managed units, for the responsible-unit filter. */
  units?: { id: number; name: string }[];
  /** The tracked items to filter by, for those who may read the review; null hides the review filters. */
  items: TrackingItemRow[] | null; viewer: Viewer;
}) {
  const option = (value: string, label: string, selected: string | number | undefined) =>
    <option value={value} selected={String(selected ?? '') === value}>{label}</option>;
  const params = searchParamsOf(query, view);
  return (
    <Layout title={query.q ? `检索：${query.q}` : '全文检索'} active="/search" viewer={viewer} scripts={['search.js', 'saved-searches.js']}>
      <h1>全文检索</h1>
      <form id="search-form" class="filters" method="get" action="/search">
        <input type="search" name="q" value={query.q ?? ''} placeholder="输入标题中的词语、句子片段或文号" aria-label="检索词" class="search-input" autofocus />
        <FilterFold active={countSetFilters(query, DOCUMENT_FILTER_KEYS)}>
          <DocumentFilterFields query={query} facets={found?.facets ?? null} items={items} units={units} />
          <select name="sort" aria-label="排序">
            {option('relevance', '按相关度', query.sort)}
            {option('date', '按日期', query.sort)}
          </select>
          <select name="limit" aria-label="每页件数">
            {PAGE_SIZES.map((size) => option(String(size), `每页 ${size} 件`, query.limit))}
          </select>
          <select name="view" aria-label="显示方式">
            {option('full', '详细显示', view)}
            {option('compact', '紧凑显示', view)}
          </select>
        </FilterFold>
        <button type="submit">检索</button>
        <MySearchesMenu saved={saved} />
      </form>
      <p class="muted">不必加空格：检索词会按词语理解，标题中含有这些词的文件排在前面，写错一个字也能找到；用引号 "…" 检索完整短语；在词前加减号 -词 排除。繁体、全角、文号括号写法均可。</p>
      <section id="search-results" aria-live="polite">
        {found && query.q && <ReadingNotice query={query.q} reading={found.reading} />}
        {found && (
          <div class="result-bar">
            <p class="result-count">共找到 {found.total} 件</p>
            {found.pages > 1 && <p class="result-page muted">第 {found.page} / {found.pages} 页</p>}
            {found.total > 0 && <ExportLinks api="/api/search/export" params={params} total={found.total} />}
            {found.total > 0 && <SaveSearchForm kind="search" />}
          </div>
        )}
        {found && found.page > found.pages && found.total > 0 && <p class="empty">没有这一页。<a href={withParams('/search', params, { page: found.pages })}>到最后一页</a></p>}
        {found && (view === 'compact'
          ? <CompactResults results={found.results} categories={categories} firstNumber={(found.page - 1) * found.limit + 1} />
          : (
            <ol class="search-results" start={(found.page - 1) * found.limit + 1}>
              {found.results.map((result) => (
                <li>
                  <a href={result.url} class="result-title">{result.title}</a>
                  <span class="result-meta">
                    {[result.docNumber, result.issuer, result.issuedOn].filter(Boolean).join(' · ')}{' '}
                    <StatusBadge status={result.status} cleanup={result.cleanup} />
                    {categories?.get(result.id) && <span class="tag category-tag">{categories.get(result.id)}</span>}
                    {result.article && <span class="tag">{result.article}</span>}
                  </span>
                  <p class="snippet"><Highlighted {...result.snippet} /></p>
                </li>
              ))}
            </ol>
          ))}
        {found && <ResultPager page={found.page} pages={found.pages} href={(page) => withParams('/search', params, { page: page === 1 ? undefined : page })} />}
      </section>
    </Layout>
  );
}

/** The page's own address parameters, as its links repeat them. */
function searchParamsOf(query: Partial<SearchQueryInput> & { category?: string; item?: number }, view: ResultView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'type', 'issuer', 'level', 'status', 'yearFrom', 'yearTo', 'category', 'item', 'sort', 'literal', 'limit', 'page'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '' && !(key === 'sort' && value === 'relevance') && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  params.set('view', view);
  return params;
}

/** One line per hit, as legal staff scan a list: title, 文号, issuer, date, status and category. */
function CompactResults({ results, categories, firstNumber }: { results: Result[]; categories: Map<number, string> | null; firstNumber: number }) {
  return (
    <table class="search-compact card-table">
      <thead>
        <tr><th>序号</th><th>标题</th><th>文号</th><th>发文机关</th><th>成文日期</th><th>时效性</th>{categories && <th>清理类别</th>}</tr>
      </thead>
      <tbody>
        {results.map((result, index) => (
          <tr>
            <td class="nowrap" data-label="序号">{firstNumber + index}</td>
            <td class="title-cell" data-label="标题"><a href={result.url} class="result-title" title={result.title}>{result.title}</a></td>
            <td class="nowrap" data-label="文号">{result.docNumber ?? '—'}</td>
            <td data-label="发文机关">{result.issuer ?? '—'}</td>
            <td class="nowrap" data-label="成文日期">{result.issuedOn ?? '—'}</td>
            <td class="nowrap" data-label="时效性"><StatusBadge status={result.status} cleanup={result.cleanup} /></td>
            {categories && <td class="nowrap" data-label="清理类别">{categories.get(result.id) ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
