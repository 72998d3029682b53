// @ts-check
import { $, byId, requestJson, showError, showMessage } from './api.js';

const form = byId('password-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, form);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { currentPassword, newPassword, confirmPassword } = Object.fromEntries(new FormData(form));
  if (newPassword !== confirmPassword) {
    showMessage(message, '两次输入的新密码不一致', true);
    return;
  }
  try {
    await requestJson('POST', '/api/auth/password', { currentPassword, newPassword });
    showMessage(message, '密码已修改');
    window.location.href = '/';
  } catch (error) {
    showError(message, error);
  }
});
