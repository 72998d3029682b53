import { VALIDITY_STATUS_LABELS, VALIDITY_STATUSES } from '../documents/documents.models.js';
import { DOCUMENT_LEVELS } from '../documents/documents.types.js';
import { CATEGORY_LABELS } from '../review/review.models.js';
import type { Child } from 'hono/jsx';
import type { TrackingItemRow } from '../tracking/tracking.table.js';

type FacetCount = { value: string; count: number };
type Filters = { type?: string; issuer?: string; level?: string; status?: string; category?: string; item?: number; unit?: number | 'none'; yearFrom?: number; yearTo?: number };

/**
 * Filter fields that fold away on a narrow screen (public/app.js closes them there) behind "筛选条件", which
 * says how many of them are set; on a wide screen they are open and the summary is not shown.
 */
export function FilterFold({ active, children }: { active: number; children: Child }) {
  return (
    <details class="filter-fold" open>
      <summary>筛选条件{active > 0 ? `（已设 ${active} 项）` : ''}</summary>
      <div class="filter-fields">{children}</div>
    </details>
  );
}

/** How many of these filters are set, for the folded summary. */
export function countSetFilters(query: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => query[key] !== undefined && query[key] !== '').length;
}

/** The filters of DocumentFilterFields, by name. */
export const DOCUMENT_FILTER_KEYS = ['type', 'issuer', 'level', 'status', 'category', 'item', 'unit', 'yearFrom', 'yearTo'] as const;

/**
 * The filters the document list and search share: type, issuer and level with their counts, validity,
 * years, and, for those who may read the review (`items` not null), the latest review category and the
 * tracked item a document serves.
 */
export function DocumentFilterFields({ query, facets, items, units = [] }: {
  query: Filters; facets: { docTypes: FacetCount[]; issuers: FacetCount[]; levels: FacetCount[] } | null; items: TrackingItemRow[] | null;
  /** The managed units, to filter by a document's responsible unit (谁制定、谁清理). */
  units?: { id: number; name: string }[];
}) {
  const option = (value: string, label: string, selected: string | number | undefined) =>
    <option value={value} selected={String(selected ?? '') === value}>{label}</option>;
  const withCount = (f: FacetCount) => `${f.value}（${f.count}）`;
  // Every level is offered, with its count when there are facets (none on an empty search form).
  const levelLabel = (level: string) => (facets ? withCount({ value: level, count: facets.levels.find((f) => f.value === level)?.count ?? 0 }) : level);
  return (
    <>
      <select name="type" aria-label="文种">
        {option('', '全部文种', query.type)}
        {facets?.docTypes.map((f) => option(f.value, withCount(f), query.type))}
      </select>
      <select name="issuer" aria-label="发文机关">
        {option('', '全部发文机关', query.issuer)}
        {facets?.issuers.map((f) => option(f.value, withCount(f), query.issuer))}
      </select>
      {units.length > 0 && (
        <select name="unit" aria-label="责任单位">
          {option('', '全部责任单位', query.unit)}
          {option('none', '未明确责任单位', query.unit)}
          {units.map((unit) => option(String(unit.id), unit.name, query.unit))}
        </select>
      )}
      <select name="level" aria-label="效力级别">
        {option('', '全部效力级别', query.level)}
        {DOCUMENT_LEVELS.map((level) => option(level, levelLabel(level), query.level))}
      </select>
      <select name="status" aria-label="时效状态">
        {option('', '全部状态', query.status)}
        {VALIDITY_STATUSES.map((status) => option(status, VALIDITY_STATUS_LABELS[status], query.status))}
      </select>
      {items && <>
        <select name="category" aria-label="清理类别">
          {option('', '全部清理类别', query.category)}
          {(['keep', 'improve', 'abolish'] as const).map((c) => option(c, CATEGORY_LABELS[c], query.category))}
        </select>
        <select name="item" aria-label="对应制度或机制">
          {option('', '全部制度和机制', query.item)}
          {items.map((i) => option(String(i.id), i.name, query.item))}
        </select>
      </>}
      <label>年份 <input type="number" name="yearFrom" value={query.yearFrom ?? ''} min="1900" max="2200" class="year" aria-label="起始年份" />
        – <input type="number" name="yearTo" value={query.yearTo ?? ''} min="1900" max="2200" class="year" aria-label="截止年份" /></label>
    </>
  );
}
