import type { AuditEventRow } from '../auth/audit.table.js';
import { Layout, type Viewer } from './layout.js';

const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.locked': '连续失败，账号锁定',
  'auth.sign_out': '退出',
  'auth.password_changed': '修改密码',
  'user.created': '新建账号',
  'user.updated': '修改账号',
  'user.password_reset': '重置密码',
  'unit.created': '新增单位',
  'unit.updated': '修改单位',
  'units.recomputed': '重新匹配文件责任单位',
  'document.units_changed': '修改文件责任单位',
};

function formatTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

export function AuditPage({ events, nextBefore, viewer }: { events: AuditEventRow[]; nextBefore: number | null; viewer: Viewer }) {
  return (
    <Layout title="访问日志" active="/admin/audit" viewer={viewer}>
      <h1>访问日志</h1>
      <table class="audit card-table">
        <thead><tr><th>时间</th><th>事件</th><th>操作人</th><th>对象</th><th>来源地址</th><th>详情</th></tr></thead>
        <tbody>
          {events.map((event) => (
            <tr class={event.action === 'auth.sign_in_failed' || event.action === 'auth.locked' ? 'warn' : ''}>
              <td class="nowrap" data-label="时间">{formatTime(event.at)}</td>
              <td class="nowrap" data-label="事件">{ACTION_LABELS[event.action] ?? event.action}</td>
              <td data-label="操作人">{event.actorName ?? '—'}</td>
              <td data-label="对象">{event.targetName ?? '—'}</td>
              <td class="nowrap" data-label="来源地址">{event.ip ?? '—'}</td>
              <td class="detail" data-label="详情">{event.detail ? JSON.stringify(event.detail) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager">{nextBefore && <a href={`/admin/audit?before=${nextBefore}`} rel="next">更早的记录 »</a>}</nav>
    </Layout>
  );
}
