// @ts-check
// Small helpers shared by the page scripts: JSON requests that surface the API's Chinese error message,
// and typed look-ups of the page's elements.

/** A title the suggest API (`/api/search/suggest`) offers as the user types. @typedef {{ id: number, title: string, docNumber: string | null, issuedOn: string | null }} TitleSuggestion */

/**
 * The element with this id, which the page must have; it must be a `type` (by default any HTML element).
 * @template {Element} [T=HTMLElement]
 * @param {string} id
 * @param {new () => T} [type]
 * @returns {T}
 */
export function byId(id, type) {
  return /** @type {T} */ (expectElement(document.getElementById(id), `#${id}`, type ?? HTMLElement));
}

/**
 * The first element that matches the selector inside `root` (the page by default), which must be there.
 * @template {Element} [T=HTMLElement]
 * @param {string} selector
 * @param {new () => T} [type]
 * @param {ParentNode} [root]
 * @returns {T}
 */
export function $(selector, type, root = document) {
  return /** @type {T} */ (expectElement(root.querySelector(selector), selector, type ?? HTMLElement));
}

/**
 * The elements that match the selector, those that are a `type` (by default any HTML element).
 * @template {Element} [T=HTMLElement]
 * @param {string} selector
 * @param {new () => T} [type]
 * @returns {T[]}
 */
export function $$(selector, type) {
  const expected = type ?? HTMLElement;
  return /** @type {T[]} */ ([...document.querySelectorAll(selector)].filter((element) => element instanceof expected));
}

/**
 * The element, checked to be there and to be a `type`: a page that lacks it is broken, and says so.
 * @param {Element | null} element
 * @param {string} description
 * @param {new () => Element} type
 * @returns {Element}
 */
function expectElement(element, description, type) {
  if (!(element instanceof type)) throw new Error(`The page has no ${type.name} ${description}`);
  return element;
}

/**
 * The form's control with this name, or null when the form has none; it must be a `type` (by default
 * an input).
 * @template {Element} [T=HTMLInputElement]
 * @param {HTMLFormElement} form
 * @param {string} name
 * @param {new () => T} [type]
 * @returns {T | null}
 */
export function control(form, name, type) {
  const element = form.elements.namedItem(name);
  if (element === null) return null;
  return /** @type {T} */ (expectElement(element instanceof RadioNodeList ? null : element, `[name="${name}"]`, type ?? HTMLInputElement));
}

/**
 * A text field of submitted form data; null when the form has no such field.
 * @param {FormData} data
 * @param {string} name
 * @returns {string | null}
 */
export function formText(data, name) {
  const value = data.get(name);
  return typeof value === 'string' ? value : null;
}

/**
 * The element an event happened on: the page's listeners are on elements, so it is one.
 * @param {Event} event
 * @returns {HTMLElement}
 */
export function targetOf(event) {
  return /** @type {HTMLElement} */ (event.target);
}

// Every state-changing request echoes the session's CSRF token, which the page carries in a meta tag.
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content');

/**
 * Sends a request with a JSON (or form data) body and returns the response's JSON. A failure throws an
 * Error with the API's message, except for bulk operations, whose per-item `results` are returned.
 * @param {string} method
 * @param {string} url
 * @param {unknown} [body]
 * @returns {Promise<any>} the response's JSON, shaped as the API's schemas say
 */
export async function requestJson(method, url, body) {
  /** @type {Record<string, string>} */
  const headers = body instanceof FormData || body === undefined ? {} : { 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    body: body instanceof FormData || body === undefined ? body : JSON.stringify(body),
  });
  if (response.status === 204) return {};
  const data = await response.json().catch(() => ({}));
  if (!response.ok && !data.results) {
    throw new Error(data.error?.message ?? `请求失败（${response.status}）`);
  }
  return data;
}

/**
 * @param {Element} element
 * @param {string} text
 * @param {boolean} [isError]
 */
export function showMessage(element, text, isError = false) {
  element.textContent = text;
  element.classList.toggle('error', isError);
}

/**
 * What went wrong, for the user: the message of a thrown Error (the API's own, from `requestJson`).
 * @param {unknown} error
 */
export function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * @param {Element} element
 * @param {unknown} error
 */
export function showError(element, error) {
  showMessage(element, errorMessage(error), true);
}
