import type { SavedSearch } from '../search/saved-search.usecases.js';
import { Layout, type Viewer } from './layout.js';

const KIND_LABELS = { search: '全文检索', documents: '文件清单' } as const;
const PARAM_LABELS: Record<string, string> = {
  q: '检索词', type: '文种', issuer: '发文机关', level: '效力级别', status: '时效状态', yearFrom: '起始年份', yearTo: '截止年份',
  category: '清理类别', item: '制度或机制', sort: '排序', order: '顺序', literal: '按原样检索',
};

/** A saved query string in words: 检索词：营商环境；文种：办法. */
export function describeSavedQuery(query: string): string {
  const parts = [...new URLSearchParams(query)].filter(([key]) => key !== 'sort' && key !== 'order' && key !== 'literal')
    .map(([key, value]) => `${PARAM_LABELS[key] ?? key}：${value}`);
  return parts.length > 0 ? parts.join('；') : '全部文件';
}

/** 我的检索: the searches and list filters this user saved, to reopen, rename or delete (public/saved-searches.js). */
export function MySearchesPage({ saved, viewer }: { saved: SavedSearch[]; viewer: Viewer }) {
  return (
    <Layout title="我的检索" active="/my-searches" viewer={viewer} scripts={['saved-searches.js']}>
      <h1>我的检索 <small>共 {saved.length} 条</small></h1>
      <p class="muted">在全文检索或文件清单页面点“保存为我的检索”，即可把当前的检索词和筛选条件保存在这里；只有您自己能看到。</p>
      {saved.length === 0
        ? <p class="empty">还没有保存的检索。<a href="/search">去检索</a></p>
        : (
          <table class="saved-searches card-table">
            <thead><tr><th>名称</th><th>类型</th><th>条件</th><th>操作</th></tr></thead>
            <tbody>
              {saved.map((s) => (
                <tr data-id={String(s.id)}>
                  <td data-label="名称"><a href={s.url} class="saved-open">{s.name}</a></td>
                  <td class="nowrap" data-label="类型">{KIND_LABELS[s.kind]}</td>
                  <td data-label="条件">{describeSavedQuery(s.query)}</td>
                  <td data-label="操作">
                    <form class="rename-saved" data-id={String(s.id)}>
                      <input name="name" value={s.name} maxlength={60} required aria-label="新名称" />
                      <button type="submit" class="secondary">重命名</button>
                      <button type="button" class="link danger delete-saved" data-id={String(s.id)}>删除</button>
                      <span class="form-message" role="status" aria-live="polite"></span>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </Layout>
  );
}
