// @ts-check
import { $, $$, requestJson, showError } from './api.js';

const message = $('.form-message');

/**
 * The unread count after a change, on this page and on the bell in the header.
 * @param {number} unread
 */
function showUnread(unread) {
  $('#unread-total').textContent = String(unread);
  const bell = $('.topbar .bell', HTMLAnchorElement);
  const label = unread > 0 ? `通知：${unread} 条未读` : '通知：没有未读';
  bell.setAttribute('aria-label', label);
  bell.title = label;
  bell.classList.toggle('has-unread', unread > 0);
  bell.querySelector('.bell-count')?.remove();
  if (unread > 0) {
    const count = document.createElement('span');
    count.className = 'bell-count';
    count.setAttribute('aria-hidden', 'true');
    count.textContent = unread > 99 ? '99+' : String(unread);
    bell.append(count);
  }
  const markAll = $('#mark-all-read', HTMLButtonElement);
  markAll.disabled = unread === 0;
}

/** @param {number[]} ids */
function showRead(ids) {
  for (const id of ids) {
    const item = document.querySelector(`li[data-id="${id}"]`);
    if (!item) continue;
    item.classList.replace('unread', 'read');
    item.querySelector('.unread-mark')?.remove();
    item.querySelector('.mark-read')?.remove();
  }
}

/**
 * @param {{ ids: number[] } | { all: true }} body
 * @returns {Promise<void>}
 */
async function markRead(body) {
  /** @type {{ unread: { total: number } }} */
  const { unread } = await requestJson('POST', '/api/notifications/read', body);
  showRead('ids' in body ? body.ids : $$('li.unread').map((li) => Number(li.dataset.id)));
  showUnread(unread.total);
}

for (const button of $$('button.mark-read', HTMLButtonElement)) {
  button.addEventListener('click', () => {
    const item = button.closest('li');
    markRead({ ids: [Number(button.dataset.id)] })
      // The button is gone: keep the keyboard focus on the notification's link.
      .then(() => item?.querySelector('a')?.focus())
      .catch((error) => showError(message, error));
  });
}

$('#mark-all-read', HTMLButtonElement).addEventListener('click', () => {
  markRead({ all: true }).then(() => showUnread(0)).catch((error) => showError(message, error));
});

// Opening a notification marks it read; a plain click waits for that, a click for a new tab does not.
for (const link of $$('li.unread a.subject', HTMLAnchorElement)) {
  link.addEventListener('click', (event) => {
    const body = { ids: [Number(link.dataset.id)] };
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      markRead(body).catch(() => undefined);
      return;
    }
    event.preventDefault();
    markRead(body).catch(() => undefined).finally(() => { window.location.href = link.href; });
  });
}
