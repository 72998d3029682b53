import { can } from '../auth/roles.js';
import type { ReviewQueries } from '../review/review.queries.js';
import type { RoundScope } from '../review/review.table.js';
import { DOCUMENT_LEVELS } from '../documents/documents.types.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { Layout, type Viewer } from './layout.js';

type Round = ReturnType<ReviewQueries['rounds']>[number];

export function scopeText(scope: RoundScope): string {
  const parts = [
    scope.issuer, scope.level, scope.docType,
    scope.yearFrom || scope.yearTo ? `${scope.yearFrom ?? '……'}—${scope.yearTo ?? '……'}年` : undefined,
    scope.allKinds ? '含非公文页面' : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '全部文件';
}

export function ReviewRoundsPage({ rounds, facets, viewer }: { rounds: Round[]; facets: ReturnType<DocumentsRepository['facets']>; viewer: Viewer }) {
  const mayCreate = can(viewer?.user.role, 'review:rounds');
  return (
    <Layout title="清理审核" active="/review" viewer={viewer} scripts={mayCreate ? ['review-rounds.js'] : []}>
      <h1>清理审核 <small>共 {rounds.length} 个清理批次</small></h1>
      {rounds.length === 0
        ? <p class="empty">还没有清理批次。{mayCreate ? '在下方新建一个批次，范围内的文件会自动列入。' : '请等待法制人员或领导新建批次。'}</p>
        : (
          <table class="rounds card-table">
            <thead><tr><th>批次</th><th>范围</th><th>起止日期</th><th>进度</th></tr></thead>
            <tbody>
              {rounds.map((round) => (
                <tr>
                  <td data-label="批次"><a href={`/review/${round.id}`}>{round.name}</a></td>
                  <td data-label="范围">{scopeText(round.scope)}</td>
                  <td class="nowrap" data-label="起止日期">{round.startsOn ?? '—'} 至 {round.endsOn ?? '—'}</td>
                  <td data-label="进度">
                    <progress max={Math.max(round.total, 1)} value={round.approved} aria-label="已批准" />{' '}
                    已定类 {round.decided}/{round.total}，已批准 {round.approved}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {mayCreate && (
        <section class="card spaced">
          <h2>新建清理批次</h2>
          <form id="new-round-form" class="inline-form">
            <input name="name" required placeholder="批次名称，如 2026年度规范性文件清理" aria-label="批次名称" class="wide-input" />
            <select name="issuer" aria-label="发文机关">
              <option value="">全部发文机关</option>
              {facets.issuers.map((f) => <option value={f.value}>{f.value}（{f.count}）</option>)}
            </select>
            <select name="level" aria-label="效力级别">
              <option value="">全部效力级别</option>
              {DOCUMENT_LEVELS.map((level) => <option value={level}>{level}</option>)}
            </select>
            <select name="docType" aria-label="文种">
              <option value="">全部文种</option>
              {facets.docTypes.map((f) => <option value={f.value}>{f.value}（{f.count}）</option>)}
            </select>
            <label>年份 <input type="number" name="yearFrom" min="1900" max="2200" class="year" aria-label="起始年份" /> – <input type="number" name="yearTo" min="1900" max="2200" class="year" aria-label="截止年份" /></label>
            <label title="新闻报道、办事指南、问答解读和统计公报，默认不列入"><input type="checkbox" name="allKinds" value="1" /> 含非公文页面</label>
            <label>开始 <input type="date" name="startsOn" aria-label="开始日期" /></label>
            <label>结束 <input type="date" name="endsOn" aria-label="结束日期" /></label>
            <button type="submit">新建批次</button>
          </form>
          <p class="form-message" role="status" aria-live="polite"></p>
        </section>
      )}
    </Layout>
  );
}
