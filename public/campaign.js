// @ts-check
// The campaign page (谁制定、谁清理): a department fills in and reports its list; the legal office launches,
// reviews (agree, amend, return), reassigns and reminds. Each action calls the JSON API and reloads the page.
import { $$, formText, requestJson, showError, showMessage, targetOf } from './api.js';

/** @param {FormDataEntryValue | null} value */
const textOrNull = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Runs the request, then reloads; a failure is shown in the form's message line.
 * @param {Element | null} message
 * @param {() => Promise<unknown>} send
 */
async function act(message, send) {
  try {
    const result = /** @type {{ skipped?: { message: string }[] }} */ (await send());
    if (result?.skipped?.length) {
      if (message) showMessage(message, result.skipped.map((s) => s.message).join('；'), true);
      return;
    }
    location.reload();
  } catch (error) {
    if (message) showError(message, error);
  }
}

// The ground list offers only the grounds of the chosen category.
for (const form of $$('form.item-form, form.amend-form', HTMLFormElement)) {
  const category = form.querySelector('[data-category-select]');
  const ground = form.querySelector('[data-ground-select]');
  if (!(category instanceof HTMLSelectElement) || !(ground instanceof HTMLSelectElement)) continue;
  category.addEventListener('change', () => {
    for (const option of ground.options) option.hidden = option.value !== '' && option.dataset.category !== category.value;
    if (ground.selectedOptions[0]?.hidden) ground.value = '';
  });
}

/**
 * A disposition's category, ground, reason and deadline as the form holds them.
 * @param {FormData} data
 */
function decision(data) {
  const groundId = formText(data, 'groundId');
  return {
    category: textOrNull(data.get('category')),
    groundId: groundId ? Number(groundId) : null,
    reason: formText(data, 'reason') ?? '',
    deadline: textOrNull(data.get('deadline')),
  };
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const message = form.querySelector('.form-message');
  const data = new FormData(form);
  const id = form.dataset.id;
  const roundId = form.dataset.roundId;
  if (form.classList.contains('item-form')) {
    event.preventDefault();
    act(message, () => requestJson('PATCH', `/api/campaign/dispositions/${id}`, decision(data)));
  } else if (form.classList.contains('amend-form')) {
    event.preventDefault();
    const { category, groundId, reason, deadline } = decision(data);
    act(message, () => requestJson('POST', `/api/campaign/dispositions/${id}/amend`, { category, groundId, reason, deadline, note: formText(data, 'note') ?? '' }));
  } else if (form.classList.contains('owner-form')) {
    event.preventDefault();
    const unitId = formText(data, 'unitId');
    act(message, () => requestJson('PUT', `/api/campaign/dispositions/${id}/owner`, { unitId: unitId ? Number(unitId) : null }));
  } else if (form.id === 'report-form') {
    event.preventDefault();
    act(message, () => requestJson('POST', `/api/campaign/rounds/${roundId}/report`, { statement: formText(data, 'statement') ?? '' }));
  } else if (form.id === 'unit-proposal-form') {
    event.preventDefault();
    act(message, () => requestJson('POST', `/api/campaign/rounds/${roundId}/proposals`, {
      proposedTitle: formText(data, 'proposedTitle') ?? '', proposedScope: textOrNull(data.get('proposedScope')), gap: textOrNull(data.get('gap')),
      reason: formText(data, 'reason') ?? '', deadline: textOrNull(data.get('deadline')),
    }));
  } else if (form.id === 'launch-form') {
    event.preventDefault();
    act(message, () => requestJson('POST', `/api/campaign/rounds/${roundId}/launch`, { submitBy: textOrNull(data.get('submitBy')) }));
  }
});

const selectedIds = () => $$('input[name="selected"]', HTMLInputElement).filter((box) => box.checked).map((box) => Number(box.value));
const count = document.getElementById('selected-count');
document.addEventListener('change', () => { if (count) count.textContent = String(selectedIds().length); });

document.addEventListener('click', (event) => {
  const target = targetOf(event);
  if (!(target instanceof HTMLButtonElement)) return;
  const review = document.getElementById('unit-review');
  const reviewMessage = document.getElementById('review-message');
  const comment = /** @type {HTMLInputElement | null} */ (document.getElementById('review-comment'));
  if (target.id === 'accept-suggestions') {
    const ids = (target.dataset.ids ?? '').split(',').map(Number).filter(Boolean);
    act(target.closest('section')?.querySelector('.form-message') ?? null, () => requestJson('POST', '/api/campaign/dispositions/accept-suggestions', { ids }));
  } else if (target.dataset.review && reviewMessage) {
    const ids = selectedIds();
    if (ids.length === 0) return showMessage(reviewMessage, '请先勾选要处理的项', true);
    act(reviewMessage, () => requestJson('POST', '/api/campaign/dispositions/review', { action: target.dataset.review, ids, comment: comment?.value || undefined }));
  } else if (target.id === 'return-unit' && review && reviewMessage) {
    act(reviewMessage, () => requestJson('POST', `/api/campaign/rounds/${review.dataset.roundId}/units/${review.dataset.unitId}/return`, { comment: comment?.value ?? '' }));
  } else if (target.classList.contains('remind')) {
    act(document.getElementById('campaign-message'), () => requestJson('POST', `/api/campaign/rounds/${target.dataset.roundId}/units/${target.dataset.unitId}/remind`, {}));
  }
});
