import { can } from '../auth/roles.js';
import { CATEGORY_LABELS, REASON_LABELS, STATUS_LABELS, type DispositionView, type HistoryView, type RoundCounts } from '../review/review.models.js';
import type { DispositionListQuery } from '../review/review.schemas.js';
import { CATEGORIES, DISPOSITION_STATUSES, type ReviewGroundRow, type ReviewRoundRow } from '../review/review.table.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { BarChart } from './charts.js';
import { Layout, type Viewer } from './layout.js';
import { scopeText } from './review-rounds.page.js';
import { HistoryList } from './review-history.js';
import { countSetFilters, FilterFold } from './document-filters.js';
import { UnitSelect } from './unit-select.js';
import type { UnitRow } from '../units/units.table.js';
import { DISPOSITION_FILTER_KEYS, type DispositionFilter } from '../review/review.schemas.js';

/** The list's filters of a query, without its paging. */
export function filterOf(query: DispositionFilter): DispositionFilter {
  return Object.fromEntries(DISPOSITION_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]]));
}

/** `?status=…&q=…` for a filter, or '' for none. */
export function filterQueryString(filter: DispositionFilter): string {
  const search = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string')).toString();
  return search ? `?${search}` : '';
}

type Props = {
  round: ReviewRoundRow;
  /** The managed units to choose a responsible unit from. */
  units: UnitRow[];
  counts: RoundCounts;
  missingInScope: number;
  query: DispositionListQuery;
  total: number;
  dispositions: DispositionView[];
  grounds: ReviewGroundRow[];
  items: TrackingItemRow[];
  history: { entries: (HistoryView & { title: string | null })[]; nextBefore: number | null };
  /** How many of the round the viewer's last bulk action refused (the filter 上次未能处理的). */
  refusedCount: number;
  viewer: Viewer;
};

function withQuery(roundId: number, query: DispositionListQuery, changes: Partial<Record<keyof DispositionListQuery, string | number | undefined>>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== '' && !(key === 'offset' && value === 0) && !(key === 'limit' && value === 100)) params.set(key, String(value));
  }
  const search = params.toString();
  return `/review/${roundId}${search ? `?${search}` : ''}`;
}

export function CategoryTag({ category }: { category: keyof typeof CATEGORY_LABELS | null }) {
  return category ? <span class={`category category-${category}`}>{CATEGORY_LABELS[category]}</span> : <span class="category category-none">未定</span>;
}

export function ReviewRoundPage({ round, units, counts, missingInScope, query, total, dispositions, grounds, items, history, refusedCount, viewer }: Props) {
  const role = viewer?.user.role;
  const mayPropose = can(role, 'review:propose');
  const mayApprove = can(role, 'review:approve');
  const groundsById = new Map(grounds.map((g) => [g.id, g]));
  const link = (changes: Parameters<typeof withQuery>[2]) => withQuery(round.id, query, { offset: undefined, ...changes });
  const option = (value: string, label: string, selected: string | undefined) => <option value={value} selected={(selected ?? '') === value}>{label}</option>;
  const filter = filterOf(query);
  // A disposition opened from the list keeps the filter, for its previous and next.
  const filterSearch = filterQueryString(filter);

  return (
    <Layout title={round.name} active="/review" viewer={viewer} scripts={['review-round.js']}>
      <p class="breadcrumb"><a href="/review">清理审核</a> › 清理批次</p>
      <h1>{round.name} <small>范围：{scopeText(round.scope)}{round.startsOn || round.endsOn ? `；${round.startsOn ?? '—'} 至 ${round.endsOn ?? '—'}` : ''}</small></h1>
      {(round.mode === 'campaign' || can(role, 'campaign:manage')) && (
        <p class="campaign-link"><a href={`/campaign/${round.id}`}>{round.mode === 'campaign' ? '部门清理（谁制定、谁清理）：各单位报送和审核' : '启动部门清理（谁制定、谁清理）'}</a></p>
      )}

      <section class="dashboard" aria-label="进度">
        <BarChart title={`按类别（共 ${counts.total} 项）`} bars={[
          ...CATEGORIES.map((category) => ({ label: CATEGORY_LABELS[category], value: counts.byCategory[category], className: `bar-${category}` })),
          { label: '未定', value: counts.byCategory.undecided, className: 'bar-none' },
        ]} />
        <BarChart title="按审核状态" bars={DISPOSITION_STATUSES.map((status) => ({ label: STATUS_LABELS[status], value: counts.byStatus[status], className: `bar-status-${status}` }))} />
        <div class="todo card">
          <h2>待处理</h2>
          <ul>
            <li><a href={link({ category: 'undecided', status: undefined })}>尚未定类</a>：{counts.byCategory.undecided} 项</li>
            <li><a href={link({ status: 'returned', category: undefined })}>已退回待修改</a>：{counts.byStatus.returned} 项</li>
            <li><a href={link({ status: 'submitted', category: undefined })}>待领导审核</a>：{counts.byStatus.submitted} 项</li>
          </ul>
          {missingInScope > 0 && (
            <p class="notice">范围内有 {missingInScope} 件文件是批次建立后导入的，尚未列入。
              {can(role, 'review:rounds') && <button type="button" class="secondary" id="add-documents" data-round-id={String(round.id)}>列入本批次</button>}
            </p>
          )}
        </div>
      </section>

      <details class="card units">
        <summary>按责任单位统计（{counts.byUnit.length} 个单位）</summary>
        <table class="card-table">
          <thead><tr><th>责任单位</th>{CATEGORIES.map((c) => <th>{CATEGORY_LABELS[c]}</th>)}<th>未定</th><th>合计</th></tr></thead>
          <tbody>
            {counts.byUnit.map((unit) => (
              <tr><td data-label="责任单位">{unit.unit}</td>{CATEGORIES.map((c) => <td data-label={CATEGORY_LABELS[c]}>{unit[c]}</td>)}<td data-label="未定">{unit.undecided}</td><td data-label="合计">{unit.total}</td></tr>
            ))}
          </tbody>
        </table>
      </details>

      <form class="filters" method="get" action={`/review/${round.id}`}>
        <input type="search" name="q" value={query.q ?? ''} placeholder="标题或文号包含……" aria-label="标题或文号" />
        <FilterFold active={countSetFilters(query, ['category', 'status', 'suggested', 'refused'])}>
          <select name="category" aria-label="类别">
            {option('', '全部类别', query.category)}
            {CATEGORIES.map((c) => option(c, CATEGORY_LABELS[c], query.category))}
            {option('undecided', '未定', query.category)}
          </select>
          <select name="status" aria-label="状态">
            {option('', '全部状态', query.status)}
            {DISPOSITION_STATUSES.map((s) => option(s, STATUS_LABELS[s], query.status))}
          </select>
          <select name="suggested" aria-label="建议类别">
            {option('', '全部建议', query.suggested)}
            {(['keep', 'improve', 'abolish'] as const).map((c) => option(c, `建议${CATEGORY_LABELS[c]}`, query.suggested))}
          </select>
          {(refusedCount > 0 || query.refused) && (
            <label class="check"><input type="checkbox" name="refused" value="1" checked={query.refused === '1'} /> 上次未能处理的（{refusedCount} 项）</label>
          )}
        </FilterFold>
        <button type="submit">筛选</button>
        <a href={`/review/${round.id}`} class="reset">清除条件</a>
      </form>

      {(mayPropose || mayApprove) && (
        <div class="bulk-bar card" id="bulk-bar" data-round-id={String(round.id)} data-filter={JSON.stringify(filter)} data-total={String(total)}>
          <span class="muted" id="selection-summary">已选 <strong id="selected-count">0</strong> 项：</span>
          {total > dispositions.length && <button type="button" class="link" id="select-matching">全选符合条件的 {total} 项</button>}
          <button type="button" class="link" id="clear-selection" hidden>清除选择</button>
          {mayPropose && <>
            <button type="button" data-action="accept_suggestion">采纳建议</button>
            <select id="bulk-category" aria-label="设定类别">
              {(['keep', 'improve', 'abolish'] as const).map((c) => <option value={c}>{CATEGORY_LABELS[c]}</option>)}
            </select>
            <select id="bulk-ground" aria-label="清理依据">
              {grounds.filter((g) => g.active && g.category !== 'create').map((g) => <option value={String(g.id)} data-category={g.category}>{g.action}：{g.label}</option>)}
            </select>
            <button type="button" class="secondary" data-action="set">设定类别和依据</button>
            <UnitSelect id="bulk-unit" name="responsibleUnit" label="责任单位" selected={null} units={units} />
            <input type="date" id="bulk-deadline" aria-label="完成时限" />
            <button type="button" class="secondary" data-action="set_unit">设定责任单位和时限</button>
            <button type="button" class="secondary" data-action="submit">提交审核</button>
          </>}
          {mayApprove && <>
            <button type="button" data-action="approve">批准</button>
            <input id="bulk-comment" placeholder="退回或重新打开的意见" aria-label="审核意见" />
            <button type="button" class="secondary" data-action="return">退回</button>
            <button type="button" class="secondary" data-action="reopen">重新打开</button>
          </>}
          <div class="bulk-progress" id="bulk-progress" hidden>
            <progress id="bulk-progress-bar" max="1" value="0" aria-label="处理进度" />
            <span id="bulk-progress-text" role="status" aria-live="polite"></span>
          </div>
          <p class="form-message" id="bulk-message" role="status" aria-live="polite"></p>
        </div>
      )}
      <section id="bulk-result" class="bulk-result card" aria-label="未能处理的项" hidden></section>

      {dispositions.length === 0
        ? <p class="empty">没有符合条件的清理意见。</p>
        : (
          <table class="dispositions card-table">
            <thead>
              <tr>
                {(mayPropose || mayApprove) && <th><label class="select-all"><input type="checkbox" id="select-all" aria-label="全选本页" /><span class="narrow-only" aria-hidden="true">全选本页</span></label></th>}
                <th>文件</th><th>系统建议</th><th>清理意见</th><th>状态</th><th>责任单位 / 时限</th>
              </tr>
            </thead>
            <tbody>
              {dispositions.map((d) => (
                <tr data-id={String(d.id)}>
                  {(mayPropose || mayApprove) && <td class="select-cell"><input type="checkbox" name="selected" value={String(d.id)} aria-label={`选择 ${d.title}`} /></td>}
                  <td class="title-cell" data-label="文件">
                    <a href={`/review/dispositions/${d.id}${filterSearch}`}>{d.title}</a>
                    <span class="result-meta">{d.document ? `${d.document.docNumber ?? '无文号'} · ${d.document.issuedOn ?? '日期未识别'}` : '新建制度提议'}</span>
                  </td>
                  <td class="suggestion-cell" data-label="系统建议">
                    {d.suggestion && <CategoryTag category={d.suggestion.category} />}
                    {d.suggestion?.reasons.map((r) => <span class="reason" title={r.message}>{REASON_LABELS[r.code as keyof typeof REASON_LABELS] ?? r.code}</span>)}
                  </td>
                  <td data-label="清理意见">
                    <CategoryTag category={d.category} />
                    {d.ground && <span class="muted"> {d.ground.action}：{d.ground.label}</span>}
                  </td>
                  <td data-label="状态">
                    <span class={`review-status review-status-${d.status}`}>{STATUS_LABELS[d.status]}</span>
                    {d.status === 'returned' && d.comment && <span class="result-meta">退回意见：{d.comment}</span>}
                  </td>
                  <td class="nowrap" data-label="责任单位/时限">{d.responsibleUnit ?? ''}{d.deadline ? ` / ${d.deadline}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <nav class="pager">
        <span class="muted">第 {total === 0 ? 0 : query.offset + 1}–{Math.min(query.offset + query.limit, total)} 项，共 {total} 项</span>
        {query.offset > 0 && <a href={withQuery(round.id, query, { offset: Math.max(0, query.offset - query.limit) })}>上一页</a>}
        {query.offset + query.limit < total && <a href={withQuery(round.id, query, { offset: query.offset + query.limit })}>下一页</a>}
      </nav>

      <details class="card spaced history" id="history">
        <summary>本批次修改记录</summary>
        {history.entries.length === 0 ? <p class="muted">尚无修改。</p> : <HistoryList entries={history.entries} labels={{ grounds: groundsById, items: new Map(items.map((item) => [item.id, item.name])) }} />}
        {history.nextBefore !== null && <a href={`/review/${round.id}?historyBefore=${history.nextBefore}#history`}>更早的记录</a>}
      </details>

      {mayPropose && (
        <details class="card spaced" id="proposal">
          <summary>提出新建制度</summary>
          <form id="proposal-form" class="stacked" data-round-id={String(round.id)}>
            <label>拟新建制度名称 <input name="proposedTitle" required /></label>
            <label>适用范围 <input name="proposedScope" /></label>
            <label>填补的空白 <textarea name="gap" rows={2} /></label>
            <label>理由 <textarea name="reason" rows={2} /></label>
            <label>责任单位 <UnitSelect name="responsibleUnit" selected={null} units={units} /></label>
            <label>完成时限 <input type="date" name="deadline" /></label>
            <fieldset class="items">
              <legend>对应的制度或机制</legend>
              {items.map((item) => <label class="check"><input type="checkbox" name="itemIds" value={String(item.id)} /> {item.name}</label>)}
            </fieldset>
            <div><button type="submit">提出</button></div>
            <p class="form-message" role="status" aria-live="polite"></p>
          </form>
        </details>
      )}
    </Layout>
  );
}
