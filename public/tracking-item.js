import { requestJson, showMessage } from './api.js';

const itemId = document.getElementById('item').dataset.itemId;
const messageOf = (form) => form.querySelector('.form-message');

async function submit(form, send) {
  try {
    await send();
    window.location.reload();
  } catch (error) {
    showMessage(messageOf(form), error.message, true);
  }
}

// The report goes as a form: it may carry attachments.
const report = document.getElementById('report-form');
report?.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(report, () => requestJson('POST', `/api/tracking/items/${itemId}/reports`, new FormData(report)));
});

const assignment = document.getElementById('assignment-form');
assignment?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(assignment);
  const text = (name) => data.get(name).trim() || null;
  submit(assignment, () => requestJson('PATCH', `/api/tracking/items/${itemId}`, {
    responsibleUnit: text('responsibleUnit'), lead: text('lead'), deadline: text('deadline'), stage: data.get('stage'),
    keywords: data.get('keywords').split(/[、，,\s]+/).map((k) => k.trim()).filter(Boolean),
  }));
});

const definition = document.getElementById('definition-form');
definition?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(definition);
  submit(definition, () => requestJson('PATCH', `/api/tracking/items/${itemId}/definition`, { name: data.get('name'), kind: data.get('kind'), sortOrder: Number(data.get('sortOrder')) }));
});
document.getElementById('remove-item')?.addEventListener('click', async () => {
  if (!window.confirm('删除后不能恢复，确定吗？')) return;
  try {
    await requestJson('DELETE', `/api/tracking/items/${itemId}`);
    window.location.href = '/tracking';
  } catch (error) {
    showMessage(messageOf(definition), error.message, true);
  }
});

document.getElementById('link-suggestions')?.addEventListener('click', async (event) => {
  const decision = event.target.dataset?.link;
  if (!decision) return;
  const entry = event.target.closest('li');
  await requestJson('POST', `/api/tracking/items/${itemId}/links`, { documentId: Number(entry.dataset.documentId), accepted: decision === 'accept' });
  window.location.reload();
});
