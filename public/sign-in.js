// @ts-check
import { $, byId, requestJson, showError, showMessage } from './api.js';

/**
 * The server already checks `next`; this keeps the page from leaving the site whatever it is given.
 * @param {string | undefined} next
 */
function sameSitePath(next) {
  const url = new URL(next ?? '/', window.location.origin);
  return url.origin === window.location.origin && !url.pathname.startsWith('//') ? url.pathname + url.search + url.hash : '/';
}

const form = byId('sign-in-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, form);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { username, password } = Object.fromEntries(new FormData(form));
  const button = $('button', HTMLButtonElement, form);
  button.disabled = true;
  showMessage(message, '正在登录……');
  try {
    const { user } = await requestJson('POST', '/api/auth/sign-in', { username, password });
    window.location.href = user.mustChangePassword ? '/account/password' : sameSitePath(form.dataset.next);
  } catch (error) {
    showError(message, error);
    button.disabled = false;
  }
});
