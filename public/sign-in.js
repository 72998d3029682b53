import { requestJson, showMessage } from './api.js';

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
    window.location.href = user.mustChangePassword ? '/account/password' : form.dataset.next;
  } catch (error) {
    showMessage(message, error.message, true);
    button.disabled = false;
  }
});
