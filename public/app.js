// @ts-check
import { $$, byId, requestJson } from './api.js';

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

// The header's menu button, shown on narrow screens: it opens and closes the navigation, and Escape closes it.
const menuToggle = document.querySelector('.topbar .menu-toggle');
if (menuToggle instanceof HTMLButtonElement) {
  /** @param {boolean} open */
  const setMenuOpen = (open) => menuToggle.setAttribute('aria-expanded', String(open));
  menuToggle.addEventListener('click', () => setMenuOpen(menuToggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menuToggle.getAttribute('aria-expanded') !== 'true') return;
    setMenuOpen(false);
    menuToggle.focus();
  });
}

// Filters fold away on narrow screens: their <details> come open from the server (wide screens, no script)
// and are closed here when the screen is narrow, and opened again when it grows wide.
const narrowScreen = window.matchMedia('(max-width: 640px)');
const foldFilters = () => {
  for (const fold of $$('details.filter-fold', HTMLDetailsElement)) fold.open = !narrowScreen.matches;
};
foldFilters();
narrowScreen.addEventListener('change', foldFilters);
