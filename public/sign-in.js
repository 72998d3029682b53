import { requestJson, showMessage } from './api.js';

/** The server already checks `next`; this keeps the page from leaving the site whatever it is given. */
function sameSitePath(next) {
  const url = new URL(next ?? '/', window.location.origin);
  return url.origin === window.location.origin && !url.pathname.startsWith('//') ? url.pathname + url.search + url.hash : '/';
}

const form = document.getElementById('sign-in-form');
const message = form.querySelector('.form-message');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { username, password } = Object.fromEntries(new FormData(form));
  const button = form.querySelector('button');
  button.disabled = true;
  showMessage(message, '正在登录……');
  try {
    const { user } = await requestJson('POST', '/api/auth/sign-in', { username, password });
    window.location.href = user.mustChangePassword ? '/account/password' : sameSitePath(form.dataset.next);
  } catch (error) {
    showMessage(message, error.message, true);
    button.disabled = false;
  }
});
