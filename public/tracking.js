import { requestJson, showMessage } from './api.js';

const form = document.getElementById('new-item-form');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { item } = await requestJson('POST', '/api/tracking/items', Object.fromEntries(new FormData(form)));
    window.location.href = `/tracking/items/${item.id}`;
  } catch (error) {
    showMessage(form.parentElement.querySelector('.form-message'), error.message, true);
  }
});
