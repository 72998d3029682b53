import type { NotificationsQuery } from '../notifications/notifications.schemas.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationRow } from '../notifications/notifications.table.js';
import { Layout, type Viewer } from './layout.js';
import { formatTime } from './review-history.js';

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  disposition_returned: '清理意见被退回', progress_report: '进展报告', deadline: '完成时限', campaign: '清理报送',
};

function listHref(query: Pick<NotificationsQuery, 'kind' | 'unread'>, before?: number) {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.unread) params.set('unread', '1');
  if (before) params.set('before', String(before));
  const search = params.toString();
  return `/notifications${search ? `?${search}` : ''}`;
}

/** One's notifications, newest first: unread ones marked, each a link to what it is about; mark read one by one or all. */
export function NotificationsPage({ notifications, total, unread, nextBefore, query, viewer }: {
  notifications: NotificationRow[]; total: number; unread: { total: number } & Record<NotificationKind, number>; nextBefore: number | null;
  query: NotificationsQuery; viewer: Viewer;
}) {
  const filterLink = (changes: Partial<Pick<NotificationsQuery, 'kind' | 'unread'>>, label: string) => {
    const next = { kind: query.kind, unread: query.unread, ...changes };
    const current = next.kind === query.kind && next.unread === query.unread;
    return <a href={listHref(next)} class={current ? 'active' : ''} aria-current={current ? 'page' : undefined}>{label}</a>;
  };
  return (
    <Layout title="通知" active="/notifications" viewer={viewer} scripts={['notifications.js']}>
      <h1>通知 <small>未读 <span id="unread-total">{unread.total}</span> 条</small></h1>
      <nav class="notification-filters" aria-label="筛选通知">
        {filterLink({ kind: undefined }, '全部类型')}
        {NOTIFICATION_KINDS.map((kind) => filterLink({ kind }, `${NOTIFICATION_KIND_LABELS[kind]}（未读 ${unread[kind]}）`))}
        <span class="separator" aria-hidden="true">|</span>
        {filterLink({ unread: !query.unread }, query.unread ? '显示全部' : '只看未读')}
      </nav>
      <p>
        共 <strong id="notifications-total">{total}</strong> 条{' '}
        <button type="button" id="mark-all-read" disabled={unread.total === 0}>全部标为已读</button>
      </p>
      <p class="form-message" role="status" aria-live="polite"></p>
      {notifications.length === 0 ? <p class="muted">没有通知。</p> : (
        <ul class="notifications">
          {notifications.map((n) => (
            <li class={n.readAt ? 'read' : 'unread'} data-id={n.id}>
              <span class="tag">{NOTIFICATION_KIND_LABELS[n.kind]}</span>
              {!n.readAt && <span class="unread-mark">未读</span>}
              <a class="subject" href={n.subjectHref} data-id={n.id}>{n.text}</a>
              <span class="muted when">{formatTime(n.createdAt)}</span>
              {!n.readAt && <button type="button" class="link mark-read" data-id={n.id}>标为已读</button>}
            </li>
          ))}
        </ul>
      )}
      <nav class="pager">{nextBefore && <a href={listHref(query, nextBefore)} rel="next">更早的通知 »</a>}</nav>
    </Layout>
  );
}
