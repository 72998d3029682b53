/**
 * The header's bell: a link to one's notifications, with the unread count. Outside the folding menu, so it
 * stays in reach on a phone; the count is in the link's accessible name.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `通知：${unread} 条未读` : '通知：没有未读';
  return (
    <a class={`bell${unread > 0 ? ' has-unread' : ''}`} href="/notifications" aria-label={label} title={label}>
      <span class="bell-icon" aria-hidden="true"></span>
      <span class="bell-text" aria-hidden="true">通知</span>
      {unread > 0 && <span class="bell-count" aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
    </a>
  );
}
