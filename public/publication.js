// @ts-check
import { $, byId, requestJson, showError, showMessage } from './api.js';

const form = document.getElementById('publication-form');
if (form instanceof HTMLFormElement) {
  const message = $('.form-message', HTMLElement, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    try {
      await requestJson('PUT', `/api/publication/rounds/${form.dataset.round}`, { ...values, issuedOn: values.issuedOn || null });
      showMessage(message, '已保存');
      window.location.reload();
    } catch (error) {
      showError(message, error);
    }
  });
}

const publish = document.getElementById('publish');
if (publish instanceof HTMLButtonElement) {
  const message = byId('publish-message');
  publish.addEventListener('click', async () => {
    if (!window.confirm('公布后清理结果即生效，目录不再随清理意见变化。确定公布吗？')) return;
    try {
      await requestJson('POST', `/api/publication/rounds/${publish.dataset.round}/publish`, {});
      window.location.reload();
    } catch (error) {
      showError(message, error);
    }
  });
}
