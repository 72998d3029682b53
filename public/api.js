// Small helpers shared by the page scripts: JSON requests that surface the API's Chinese error message.

// Every state-changing request echoes the session's CSRF token, which the page carries in a meta tag.
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content;

export async function requestJson(method, url, body) {
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

export function showMessage(element, text, isError = false) {
  element.textContent = text;
  element.classList.toggle('error', isError);
}
