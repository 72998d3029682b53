/**
 * The header's bell: a link to one's notifications, with the unread count. Outside the folding menu, so it
 * stays in reach on a phone; the count is in the link's accessible name.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `通知：${unread} 条未读` : '通知：没有未读';
  return (
    <a class={`bell${unread > 0 ? ' has-unread' : ''}`} href="/notifications" aria-label={label} title={label}>
      <svg class="bell-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" /></svg>
      <span class="bell-text" aria-hidden="true">通知</span>
      {unread > 0 && <span class="bell-count" aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
    </a>
  );
}
