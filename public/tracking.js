// @ts-check
import { $, requestJson, showError, showMessage } from './api.js';

const form = /** @type {HTMLFormElement | null} */ (document.getElementById('new-item-form'));
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { item } = await requestJson('POST', '/api/tracking/items', Object.fromEntries(new FormData(form)));
    window.location.href = `/tracking/items/${item.id}`;
  } catch (error) {
    showError($('.form-message', HTMLElement, /** @type {HTMLElement} */ (form.parentElement)), error);
  }
});

// Issuing numbers and stores the briefing; the page then lists it for download.
const issue = /** @type {HTMLButtonElement | null} */ (document.getElementById('issue-briefing'));
issue?.addEventListener('click', async () => {
  const message = $('#briefings .form-message', HTMLElement);
  if (!window.confirm(`印发第${issue.dataset.number}期简报？印发后编号和内容不再改变。`)) return;
  issue.disabled = true;
  try {
    const { briefing } = await requestJson('POST', '/api/tracking/briefings');
    showMessage(message, `已印发第${briefing.number}期`);
    window.location.reload();
  } catch (error) {
    issue.disabled = false;
    showError(message, error);
  }
});

const settings = /** @type {HTMLFormElement | null} */ (document.getElementById('office-settings-form'));
settings?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = $('#briefings .form-message', HTMLElement);
  try {
    await requestJson('PUT', '/api/tracking/office-settings', Object.fromEntries(new FormData(settings)));
    showMessage(message, '已保存编印单位');
  } catch (error) {
    showError(message, error);
  }
});
