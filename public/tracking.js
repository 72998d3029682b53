// @ts-check
import { $, requestJson, showError } from './api.js';

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
