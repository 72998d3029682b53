// @ts-check
import { $, byId, errorMessage, requestJson } from './api.js';

// Results as you type: the form is read, the page asked for the same address, and its results (count, pager,
// exports, the hits in the chosen view) and the filters' counts put in place, with the address kept in step
// so that a search can be bookmarked and shared. The page renders the results, so they read the same with
// or without this script; without it the form works as a plain GET.
const form = byId('search-form', HTMLFormElement);
const section = byId('search-results');
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
let latest = 0;

/** The lists whose counts depend on the results: redrawn from the page, keeping what is chosen. */
const FACET_LISTS = ['type', 'issuer', 'level'];

/** @param {Document} fetched */
function putResults(fetched) {
  const results = fetched.getElementById('search-results');
  if (results) section.replaceChildren(...results.childNodes);
  for (const name of FACET_LISTS) {
    const select = $(`[name="${name}"]`, HTMLSelectElement, form);
    const fresh = fetched.querySelector(`#search-form [name="${name}"]`);
    if (!(fresh instanceof HTMLSelectElement)) continue;
    const selected = select.value;
    select.replaceChildren(...fresh.childNodes);
    select.value = selected;
  }
}

async function search() {
  // The form has no file inputs: all its values are text.
  const entries = /** @type {[string, string][]} */ ([...new FormData(form)]);
  const params = new URLSearchParams(entries.filter(([, value]) => value !== ''));
  history.replaceState(null, '', `/search?${params}`);
  if (!params.get('q')?.trim()) {
    section.replaceChildren();
    return;
  }
  const request = ++latest;
  try {
    const response = await fetch(`/search?${params}`, { headers: { Accept: 'text/html' } });
    const html = await response.text();
    if (request !== latest) return;
    const fetched = new DOMParser().parseFromString(html, 'text/html');
    if (!response.ok) throw new Error(fetched.querySelector('main p')?.textContent ?? `请求失败（${response.status}）`);
    putResults(fetched);
  } catch (error) {
    if (request === latest) {
      const message = document.createElement('p');
      message.className = 'form-message error';
      message.textContent = errorMessage(error);
      section.replaceChildren(message);
    }
  }
}

form.addEventListener('input', (event) => {
  clearTimeout(timer);
  const target = /** @type {HTMLElement} */ (event.target);
  // The view and page size are remembered for this user, then applied at once.
  if (target instanceof HTMLSelectElement && (target.name === 'view' || target.name === 'limit')) {
    const data = new FormData(form);
    void requestJson('PUT', '/api/search/preferences', { view: data.get('view'), pageSize: Number(data.get('limit')) }).catch(() => undefined);
    void search();
    return;
  }
  timer = setTimeout(search, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
