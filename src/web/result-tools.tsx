import type { SavedSearch } from '../search/saved-search.usecases.js';

/** A page's query string with some parameters changed (undefined or '' drops one). */
export function withParams(path: string, params: URLSearchParams, changes: Record<string, string | number | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

/** Downloads of every match (not only the page shown) as Excel and CSV. */
export function ExportLinks({ api, params, total }: { api: string; params: URLSearchParams; total: number }) {
  const base = new URLSearchParams(params);
  for (const key of ['page', 'cursor', 'limit', 'view']) base.delete(key);
  return (
    <span class="export-links">
      导出全部 {total} 件：
      <a href={withParams(api, base, { format: 'xlsx' })} download class="export-xlsx">Excel</a>{' '}
      <a href={withParams(api, base, { format: 'csv' })} download class="export-csv">CSV</a>
    </span>
  );
}

/** Saves what the page shows (its address) under a name in 我的检索 (public/saved-searches.js sends it). */
export function SaveSearchForm({ kind }: { kind: 'search' | 'documents' }) {
  return (
    <form class="save-search" data-kind={kind}>
      <input name="name" maxlength={60} required placeholder="名称，如：营商环境现行有效" aria-label="检索名称" />
      <button type="submit" class="secondary">保存为我的检索</button>
      <span class="form-message" role="status" aria-live="polite"></span>
    </form>
  );
}

/** The user's saved searches of this kind, to reopen one; all of them are on /my-searches. */
export function MySearchesMenu({ saved }: { saved: SavedSearch[] }) {
  return (
    <details class="my-searches-menu">
      <summary>我的检索（{saved.length}）</summary>
      <ul>
        {saved.map((s) => <li><a href={s.url}>{s.name}</a></li>)}
        <li><a href="/my-searches">管理我的检索…</a></li>
      </ul>
    </details>
  );
}

/** Numbered page links: the first, the last, and those near this one. */
export function ResultPager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pager result-pager" aria-label="结果分页">
      {page > 1 && <a href={href(page - 1)} rel="prev" class="pager-prev">上一页</a>}
      {shown.map((p, index) => (
        <>
          {index > 0 && p - shown[index - 1]! > 1 && <span>…</span>}
          {p === page ? <strong aria-current="page">{p}</strong> : <a href={href(p)} data-page={String(p)}>{p}</a>}
        </>
      ))}
      {page < pages && <a href={href(page + 1)} rel="next" class="pager-next">下一页</a>}
      <span class="muted">共 {pages} 页</span>
    </nav>
  );
}
