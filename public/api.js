// Small helpers shared by the page scripts: JSON requests that surface the API's Chinese error message.
export async function requestJson(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body instanceof FormData || body === undefined ? {} : { 'Content-Type': 'application/json' },
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
