import { OcrTag } from './document-ocr.js';
import type { DocumentSummary } from '../documents/documents.models.js';
import { VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { ListQueryInput } from '../documents/documents.schemas.js';
import { can } from '../auth/roles.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { Layout, type Viewer } from './layout.js';
import { countSetFilters, DOCUMENT_FILTER_KEYS, DocumentFilterFields, FilterFold } from './document-filters.js';
import { PROVISIONAL_LABELS, SORT_LABELS } from './labels.js';

type Facets = ReturnType<DocumentsRepository['facets']>;

function withQuery(query: ListQueryInput, changes: Partial<Record<keyof ListQueryInput, string | number | undefined>>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== '' && !(key === 'limit' && value === 50)) params.set(key, String(value));
  }
  return `/documents?${params}`;
}

export function DocumentsListPage({ query, documents, total, nextCursor, facets, items, units, viewer }: {
  /** The managed units, for the responsible-unit filter. */
  units?: { id: number; name: string }[];
  viewer: Viewer;
  /** The tracked items to filter by, for those who may read the review; null hides the review filters. */
  items: TrackingItemRow[] | null;
  query: ListQueryInput;
  documents: DocumentSummary[];
  total: number;
  nextCursor: string | null;
  facets: Facets;
}) {
  const sortLink = (key: keyof typeof SORT_LABELS) => {
    const order = query.sort === key && query.order === 'desc' ? 'asc' : 'desc';
    const mark = query.sort === key ? (query.order === 'desc' ? ' ↓' : ' ↑') : '';
    return <a href={withQuery(query, { sort: key, order, cursor: undefined })}>{SORT_LABELS[key]}{mark}</a>;
  };
  return (
    <Layout title="文件清单" active="/documents" viewer={viewer}>
      <h1>文件清单 <small>共 {total} 件</small></h1>
      <form class="filters" method="get" action="/documents">
        <input type="search" name="q" value={query.q ?? ''} placeholder="标题或文号包含……" aria-label="标题或文号" />
        <FilterFold active={countSetFilters(query, DOCUMENT_FILTER_KEYS)}>
          <DocumentFilterFields query={query} facets={facets} items={items} units={units} />
        </FilterFold>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="order" value={query.order} />
        <button type="submit">筛选</button>
        <a href="/documents" class="reset">清除条件</a>
      </form>

      {documents.length === 0
        ? <p class="empty">没有符合条件的文件。{can(viewer?.user.role, 'documents:write') && <a href="/upload">上传文件</a>}</p>
        : (
          <table class="documents card-table">
            <thead>
              <tr>
                <th>{sortLink('title')}</th>
                <th>{sortLink('docNumber')}</th>
                <th>{sortLink('issuer')}</th>
                <th>{sortLink('issuedOn')}</th>
                <th>文种</th>
                <th>效力级别</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr>
                  <td class="title-cell" data-label={SORT_LABELS.title}>
                    <a href={`/documents/${doc.id}`}>{doc.title}</a>
                    {doc.provisional && <span class="tag">{PROVISIONAL_LABELS[doc.provisional]}</span>}
                    <OcrTag ocr={doc.ocr} />
                  </td>
                  <td class="nowrap" data-label={SORT_LABELS.docNumber}>{doc.docNumber ?? '—'}</td>
                  <td data-label={SORT_LABELS.issuer}>{doc.issuer ?? '—'}</td>
                  <td class="nowrap" data-label={SORT_LABELS.issuedOn}>{doc.issuedOn ?? '—'}</td>
                  <td class="nowrap" data-label="文种">{doc.docType ?? '—'}</td>
                  <td class="nowrap" data-label="效力级别">{doc.level ?? '—'}</td>
                  <td data-label="状态"><span class={`status status-${doc.status}`}>{VALIDITY_STATUS_LABELS[doc.status]}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <nav class="pager">
        {query.cursor && <a href={withQuery(query, { cursor: undefined })}>« 第一页</a>}
        {nextCursor && <a href={withQuery(query, { cursor: nextCursor })} rel="next">下一页 »</a>}
      </nav>
    </Layout>
  );
}
