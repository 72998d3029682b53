// @ts-check
import { $, byId, errorMessage, requestJson } from './api.js';

/**
 * @typedef {{ text: string, highlights: [start: number, end: number][] }} Snippet
 * @typedef {{ title: string, url: string, docNumber: string | null, issuer: string | null, issuedOn: string | null,
 *   status: string, cleanup: { summary: string | null, revisedById?: number } | null, article: string | null, snippet: Snippet }} SearchResult
 * @typedef {{ value: string, count: number }} FacetCount
 * @typedef {{ docTypes: FacetCount[], issuers: FacetCount[] }} SearchFacets
 * @typedef {{ summary: string, corrected: { query: string } | null }} SearchReading
 * @typedef {{ total: number, results: SearchResult[], facets: SearchFacets, reading?: SearchReading }} SearchResponse
 */

// Results as you type: the form is read, the API asked, the list redrawn, and the URL kept in step so
// that a search can be bookmarked and shared. Without scripts the form still works as a plain GET.
const form = byId('search-form', HTMLFormElement);
const section = byId('search-results');
const queryInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
/** @type {Record<string, string>} */
const STATUS_LABELS = { in_force: '现行有效', expired: '已失效', pending: '尚未施行', abolished: '已废止', to_revise: '待修订', revised: '已被修订' };
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
let latest = 0;

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {...(Node | string | null)} children null for none
 */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** @param {Snippet} snippet */
function highlighted({ text, highlights }) {
  /** @type {(Node | string)[]} */
  const nodes = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    nodes.push(text.slice(at, start), element('mark', {}, text.slice(start, end)));
    at = end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

/**
 * The type and issuer lists show how many of the current results each value would leave.
 * @param {SearchFacets} facets
 */
function renderFacets(facets) {
  /** @type {[name: string, values: FacetCount[], allLabel: string][]} */
  const lists = [['type', facets.docTypes, '全部文种'], ['issuer', facets.issuers, '全部发文机关']];
  for (const [name, values, allLabel] of lists) {
    const select = $(`[name="${name}"]`, HTMLSelectElement, form);
    const selected = select.value;
    const options = values.map(({ value, count }) => element('option', { value }, `${value}（${count}）`));
    if (selected && !values.some((f) => f.value === selected)) options.unshift(element('option', { value: selected }, selected));
    select.replaceChildren(element('option', { value: '' }, allLabel), ...options);
    select.value = selected;
  }
}

/**
 * How the query was read (words, relaxed, corrected), with a way back to the query as typed.
 * @param {SearchReading | undefined} reading
 */
function readingNotice(reading) {
  if (!reading?.summary) return null;
  const notice = element('p', { class: 'search-reading' }, reading.summary);
  if (reading.corrected) {
    const typed = queryInput.value.trim();
    notice.append(' ', element('a', { href: `/search?${new URLSearchParams({ q: typed, literal: '1' })}`, class: 'search-literal' }, `仍按「${typed}」检索`));
  }
  return notice;
}

/** @param {SearchResponse} response */
function render({ total, results, facets, reading }) {
  renderFacets(facets);
  const list = element('ol', { class: 'search-results' }, ...results.map((result) => element('li', {},
    element('a', { href: result.url, class: 'result-title' }, result.title),
    element('span', { class: 'result-meta' },
      [result.docNumber, result.issuer, result.issuedOn].filter(Boolean).join(' · ') + ' ',
      element('span', { class: `status status-${result.status}` }, STATUS_LABELS[result.status]),
      // The clean-up decision behind the status (round, approval date), as the server renders it (document-status.tsx).
      result.cleanup?.summary ? element('small', { class: 'status-basis' }, ` ${result.cleanup.summary}`) : null,
      result.status === 'revised' && result.cleanup?.revisedById
        ? element('small', { class: 'status-basis' }, ' ', element('a', { href: `/documents/${result.cleanup.revisedById}` }, '查看新版本')) : null,
      result.article ? element('span', { class: 'tag' }, result.article) : null),
    element('p', { class: 'snippet' }, ...highlighted(result.snippet)))));
  const notice = readingNotice(reading);
  section.replaceChildren(...(notice ? [notice] : []), element('p', { class: 'result-count' }, `共找到 ${total} 件`), list);
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
    const data = await requestJson('GET', `/api/search?${params}`);
    if (request === latest) render(data);
  } catch (error) {
    if (request === latest) section.replaceChildren(element('p', { class: 'form-message error' }, errorMessage(error)));
  }
}

form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
