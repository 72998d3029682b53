import { requestJson } from './api.js';

// Results as you type: the form is read, the API asked, the list redrawn, and the URL kept in step so
// that a search can be bookmarked and shared. Without scripts the form still works as a plain GET.
const form = document.getElementById('search-form');
const section = document.getElementById('search-results');
const STATUS_LABELS = { in_force: '现行有效', expired: '已失效', pending: '尚未施行' };
let timer;
let latest = 0;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function highlighted({ text, highlights }) {
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

// The type and issuer lists show how many of the current results each value would leave.
function renderFacets(facets) {
  for (const [name, values, allLabel] of [['type', facets.docTypes, '全部文种'], ['issuer', facets.issuers, '全部发文机关']]) {
    const select = form.elements[name];
    const selected = select.value;
    const options = values.map(({ value, count }) => element('option', { value }, `${value}（${count}）`));
    if (selected && !values.some((f) => f.value === selected)) options.unshift(element('option', { value: selected }, selected));
    select.replaceChildren(element('option', { value: '' }, allLabel), ...options);
    select.value = selected;
  }
}

// How the query was read (words, relaxed, corrected), with a way back to the query as typed.
function readingNotice(reading) {
  if (!reading?.summary) return null;
  const notice = element('p', { class: 'search-reading' }, reading.summary);
  if (reading.corrected) {
    const typed = form.elements.q.value.trim();
    notice.append(' ', element('a', { href: `/search?${new URLSearchParams({ q: typed, literal: '1' })}`, class: 'search-literal' }, `仍按「${typed}」检索`));
  }
  return notice;
}

function render({ total, results, facets, reading }) {
  renderFacets(facets);
  const list = element('ol', { class: 'search-results' }, ...results.map((result) => element('li', {},
    element('a', { href: result.url, class: 'result-title' }, result.title),
    element('span', { class: 'result-meta' },
      [result.docNumber, result.issuer, result.issuedOn].filter(Boolean).join(' · ') + ' ',
      element('span', { class: `status status-${result.status}` }, STATUS_LABELS[result.status]),
      result.article ? element('span', { class: 'tag' }, result.article) : null),
    element('p', { class: 'snippet' }, ...highlighted(result.snippet)))));
  section.replaceChildren(...[readingNotice(reading), element('p', { class: 'result-count' }, `共找到 ${total} 件`), list].filter(Boolean));
}

async function search() {
  const params = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== ''));
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
    if (request === latest) section.replaceChildren(element('p', { class: 'form-message error' }, error.message));
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
