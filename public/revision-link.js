// @ts-check
import { requestJson, showError } from './api.js';

// 链接新版本: the document page (and a 完善 disposition's page) link the document that revised this one. The title
// box is a compare picker (compare-picker.js fills the hidden field and refuses an empty choice first).
for (const form of document.querySelectorAll('form.revision-link')) {
  if (!(form instanceof HTMLFormElement)) continue;
  const message = form.querySelector('.form-message');
  /** @param {number | null} revisedById */
  const link = async (revisedById) => {
    try {
      await requestJson('PUT', `/api/documents/${form.dataset.documentId}/revision`, { revisedById });
      location.reload();
    } catch (error) {
      if (message) showError(message, error);
    }
  };
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    const hidden = form.querySelector('input[type=hidden][name="to"]');
    if (hidden instanceof HTMLInputElement && hidden.value) void link(Number(hidden.value));
  });
  form.querySelector('[data-unlink]')?.addEventListener('click', () => void link(null));
}
