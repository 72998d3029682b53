// @ts-check
import { $, $$, byId, formText, requestJson, showError, showMessage, targetOf } from './api.js';

const boxes = () => $$('input[name="selected"]', HTMLInputElement);
const selectedIds = () => boxes().filter((box) => box.checked).map((box) => Number(box.value));
// The bulk bar, with the count, the message and the controls below, shows only to those who may act.
const count = document.getElementById('selected-count');
const message = document.getElementById('bulk-message');

document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.id === 'select-all') for (const box of boxes()) box.checked = target.checked;
  if (count) count.textContent = String(selectedIds().length);
});

// The ground list offers only the grounds of the chosen category.
const category = /** @type {HTMLSelectElement | null} */ (document.getElementById('bulk-category'));
const ground = /** @type {HTMLSelectElement | null} */ (document.getElementById('bulk-ground'));
if (category && ground) {
  const filterGrounds = () => {
    for (const option of ground.options) option.hidden = option.dataset.category !== category.value;
    if (ground.selectedOptions[0]?.hidden) ground.value = [...ground.options].find((o) => !o.hidden)?.value ?? '';
  };
  category.addEventListener('change', filterGrounds);
  filterGrounds();
}

const PROPOSE = new Set(['accept_suggestion', 'set', 'submit']);

document.getElementById('bulk-bar')?.addEventListener('click', async (event) => {
  const action = targetOf(event).dataset?.action;
  if (!action || !message) return;
  const ids = selectedIds();
  if (ids.length === 0) {
    showMessage(message, '请先勾选要处理的项', true);
    return;
  }
  /** @type {{ action: string, ids: number[], category?: string, groundId?: number, comment?: string }} */
  const body = { action, ids };
  if (action === 'set') Object.assign(body, { category: category?.value, groundId: Number(ground?.value) });
  if (action === 'return' || action === 'reopen') body.comment = byId('bulk-comment', HTMLInputElement).value;
  try {
    /** @type {{ updated: unknown[], skipped: { id: number, message: string }[] }} */
    const { updated, skipped } = await requestJson('POST', `/api/review/dispositions/${PROPOSE.has(action) ? 'propose' : 'decide'}`, body);
    const problems = skipped.map((s) => `《${titleOf(s.id)}》：${s.message}`).join('；');
    const result = { text: `已处理 ${updated.length} 项${skipped.length ? `；未处理 ${skipped.length} 项（${problems}）` : ''}`, isError: skipped.length > 0 };
    if (updated.length === 0) return showMessage(message, result.text, result.isError);
    // What was done shows only after a reload; the message waits for it.
    sessionStorage.setItem(RESULT_KEY, JSON.stringify(result));
    window.location.reload();
  } catch (error) {
    showError(message, error);
  }
});

const RESULT_KEY = 'zhidu-bulk-result';
/** @param {number} id */
const titleOf = (id) => document.querySelector(`tr[data-id="${id}"] .title-cell a`)?.textContent ?? `#${id}`;
const previous = sessionStorage.getItem(RESULT_KEY);
if (previous && message) {
  sessionStorage.removeItem(RESULT_KEY);
  const { text, isError } = JSON.parse(previous);
  showMessage(message, text, isError);
}

document.getElementById('add-documents')?.addEventListener('click', async (event) => {
  const button = targetOf(event);
  const { added } = await requestJson('POST', `/api/review/rounds/${button.dataset.roundId}/add-documents`);
  button.replaceWith(`已列入 ${added} 件`);
  window.location.reload();
});

const proposal = /** @type {HTMLFormElement | null} */ (document.getElementById('proposal-form'));
proposal?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(proposal);
  /** @param {string} name */
  const text = (name) => formText(data, name) || null;
  try {
    const { disposition } = await requestJson('POST', `/api/review/rounds/${proposal.dataset.roundId}/proposals`, {
      proposedTitle: data.get('proposedTitle'), proposedScope: text('proposedScope'), gap: text('gap'), reason: data.get('reason') ?? '',
      responsibleUnit: text('responsibleUnit'), deadline: text('deadline'), itemIds: data.getAll('itemIds').map(Number),
    });
    window.location.href = `/review/dispositions/${disposition.id}`;
  } catch (error) {
    showError($('.form-message', HTMLElement, proposal), error);
  }
});
