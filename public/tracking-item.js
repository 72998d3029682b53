// @ts-check
import { $, byId, formText, requestJson, showError, targetOf } from './api.js';

const itemId = byId('item').dataset.itemId;
/** @param {HTMLElement} form */
const messageOf = (form) => $('.form-message', HTMLElement, form);

/**
 * Sends a form's changes, then shows the page anew, or what went wrong in the form.
 * @param {HTMLFormElement} form
 * @param {() => Promise<unknown>} send
 */
async function submit(form, send) {
  try {
    await send();
    window.location.reload();
  } catch (error) {
    showError(messageOf(form), error);
  }
}

// The report goes as a form: it may carry attachments.
const report = /** @type {HTMLFormElement | null} */ (document.getElementById('report-form'));
report?.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(report, () => requestJson('POST', `/api/tracking/items/${itemId}/reports`, new FormData(report)));
});

const assignment = /** @type {HTMLFormElement | null} */ (document.getElementById('assignment-form'));
assignment?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(assignment);
  /** @param {string} name */
  const text = (name) => (formText(data, name) ?? '').trim() || null;
  submit(assignment, () => requestJson('PATCH', `/api/tracking/items/${itemId}`, {
    responsibleUnit: text('responsibleUnit'), lead: text('lead'), deadline: text('deadline'), stage: data.get('stage'),
    keywords: (formText(data, 'keywords') ?? '').split(/[、，,\s]+/).map((k) => k.trim()).filter(Boolean),
  }));
});

const definition = /** @type {HTMLFormElement | null} */ (document.getElementById('definition-form'));
definition?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(definition);
  submit(definition, () => requestJson('PATCH', `/api/tracking/items/${itemId}/definition`, { name: data.get('name'), kind: data.get('kind'), sortOrder: Number(data.get('sortOrder')) }));
});
// The remove button is in the definition form, and tells what went wrong there.
document.getElementById('remove-item')?.addEventListener('click', async () => {
  if (!window.confirm('删除后不能恢复，确定吗？')) return;
  try {
    await requestJson('DELETE', `/api/tracking/items/${itemId}`);
    window.location.href = '/tracking';
  } catch (error) {
    showError(messageOf(byId('definition-form')), error);
  }
});

document.getElementById('link-suggestions')?.addEventListener('click', async (event) => {
  const decision = targetOf(event).dataset?.link;
  if (!decision) return;
  // Each suggestion's buttons are in its list entry, which names the document.
  const entry = /** @type {HTMLLIElement} */ (targetOf(event).closest('li'));
  await requestJson('POST', `/api/tracking/items/${itemId}/links`, { documentId: Number(entry.dataset.documentId), accepted: decision === 'accept' });
  window.location.reload();
});
