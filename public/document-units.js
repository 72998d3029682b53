// @ts-check
import { $, byId, requestJson, showError, showMessage } from './api.js';

// The legal office sets a document's responsible units from the managed list; a recomputation then leaves them.
const form = byId('document-units-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, form);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const lead = $('select[name="leadUnitId"]', HTMLSelectElement, form).value;
  const others = [...$('select[name="otherUnitIds"]', HTMLSelectElement, form).selectedOptions].map((option) => Number(option.value)).filter((id) => String(id) !== lead);
  try {
    const view = await requestJson('PUT', `/api/documents/${form.dataset.documentId}/units`, { leadUnitId: lead ? Number(lead) : null, otherUnitIds: lead ? others : [] });
    const names = view.lead ? [view.lead.name, ...view.others.map((/** @type {{ name: string }} */ unit) => unit.name)].join('、') : '未明确';
    showMessage(message, `已保存：${names}`);
    window.setTimeout(() => window.location.reload(), 600);
  } catch (error) {
    showError(message, error);
  }
});
