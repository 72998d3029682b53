// @ts-check
import { byId, requestJson } from './api.js';

// Sign-out, in the header of every page.
document.getElementById('sign-out')?.addEventListener('click', async () => {
  await requestJson('POST', '/api/auth/sign-out').catch(() => undefined);
  window.location.href = '/sign-in';
});

// Title suggestions under the search box in the header, as the user types.
const shellSearch = /** @type {HTMLInputElement | null} */ (document.querySelector('.shell-search input'));
/** @type {ReturnType<typeof setTimeout> | undefined} */
let suggestTimer;
shellSearch?.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const suggestions = byId('title-suggestions', HTMLDataListElement);
    const q = shellSearch.value.trim();
    if (!q) return suggestions.replaceChildren();
    /** @type {{ suggestions: import('./api.js').TitleSuggestion[] }} */
    const { suggestions: found } = await requestJson('GET', `/api/search/suggest?q=${encodeURIComponent(q)}`).catch(() => ({ suggestions: [] }));
    suggestions.replaceChildren(...found.map(({ title, docNumber }) => {
      const option = document.createElement('option');
      option.value = title;
      if (docNumber) option.label = docNumber;
      return option;
    }));
  }, 200);
});
