// @ts-check
import { $, $$, byId, formText, requestJson, showError, showMessage, targetOf } from './api.js';

const boxes = () => $$('input[name="selected"]', HTMLInputElement);
const checkedIds = () => boxes().filter((box) => box.checked).map((box) => Number(box.value));
// The bulk bar, with the count, the message and the controls below, shows only to those who may act.
const bar = document.getElementById('bulk-bar');
const count = document.getElementById('selected-count');
const message = document.getElementById('bulk-message');
const matchingTotal = Number(bar?.dataset.total ?? 0);

/**
 * What the bulk actions act on: the rows ticked on this page, or every row matching the filter (the server
 * resolves it) but those unticked here.
 * @type {{ matching: boolean, excluded: Set<number> }}
 */
const selection = { matching: false, excluded: new Set() };
const selectedCount = () => (selection.matching ? matchingTotal - selection.excluded.size : checkedIds().length);

function showSelection() {
  if (count) count.textContent = selectedCount().toLocaleString('zh-CN');
  document.getElementById('select-matching')?.toggleAttribute('hidden', selection.matching);
  document.getElementById('clear-selection')?.toggleAttribute('hidden', !selection.matching && checkedIds().length === 0);
}

document.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (target.id === 'select-all') {
    for (const box of boxes()) box.checked = target.checked;
    if (selection.matching) for (const box of boxes()) selection.excluded[target.checked ? 'delete' : 'add'](Number(box.value));
  }
  if (target.name === 'selected' && selection.matching) selection.excluded[target.checked ? 'delete' : 'add'](Number(target.value));
  showSelection();
});

document.getElementById('select-matching')?.addEventListener('click', () => {
  selection.matching = true;
  selection.excluded.clear();
  for (const box of boxes()) box.checked = true;
  showSelection();
});
document.getElementById('clear-selection')?.addEventListener('click', () => {
  selection.matching = false;
  selection.excluded.clear();
  for (const box of [...boxes(), ...$$('#select-all', HTMLInputElement)]) box.checked = false;
  showSelection();
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

/** The responsible unit as the API takes it; the one place to change when units become a list (see ResponsibleUnitInput). */
const unitOf = () => ({ responsibleUnit: byId('bulk-unit', HTMLSelectElement).value });

const PROPOSE = new Set(['accept_suggestion', 'set', 'set_unit', 'submit']);
/** @type {Record<string, string>} */
const ACTION_NAMES = {
  accept_suggestion: '采纳建议', set: '设定类别和依据', set_unit: '设定责任单位和时限', submit: '提交审核', approve: '批准', return: '退回', reopen: '重新打开',
};
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

/** @typedef {{ id: number, code: string, message: string, title: string }} Refused */
/** @typedef {{ total: number, updated: number[], skipped: Refused[] }} Outcome */

/**
 * Sends a bulk action and follows its progress: the server answers one line per chunk done, then the outcome.
 * @param {string} url
 * @param {unknown} body
 * @param {(done: number, total: number) => void} onProgress
 * @returns {Promise<Outcome>}
 */
async function runWithProgress(url, body, onProgress) {
  const response = await fetch(url, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson', 'X-CSRF-Token': csrfToken },
  });
  if (!response.ok || !response.body) {
    const data = await response.json().catch(() => ({}));
    throw new Error(data.error?.message ?? `请求失败（${response.status}）`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += value ?? '';
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const data = JSON.parse(line);
      if (data.progress) onProgress(data.progress.done, data.progress.total);
      if (data.error) throw new Error(data.error.message);
      if (data.result) return data.result;
    }
    if (done) throw new Error('处理中断，请刷新页面查看结果');
  }
}

const progress = document.getElementById('bulk-progress');
/** @param {number} done @param {number} total */
function showProgress(done, total) {
  if (!progress) return;
  progress.hidden = false;
  const bar = byId('bulk-progress-bar', HTMLProgressElement);
  bar.max = Math.max(total, 1);
  bar.value = done;
  byId('bulk-progress-text').textContent = `正在处理 ${done.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 项`;
}

bar?.addEventListener('click', async (event) => {
  const action = targetOf(event).dataset?.action;
  if (!action || !message) return;
  if (selectedCount() === 0) {
    showMessage(message, '请先勾选要处理的项', true);
    return;
  }
  const roundId = Number(bar.dataset.roundId);
  const target = selection.matching
    ? { roundId, filter: JSON.parse(bar.dataset.filter ?? '{}'), excludeIds: [...selection.excluded] }
    : { roundId, ids: checkedIds() };
  /** @type {Record<string, unknown>} */
  const body = { action, selection: target };
  if (action === 'set') Object.assign(body, { category: category?.value, groundId: Number(ground?.value) });
  if (action === 'set_unit') {
    const deadline = byId('bulk-deadline', HTMLInputElement).value;
    Object.assign(body, unitOf(), deadline ? { deadline } : {});
  }
  if (action === 'return' || action === 'reopen') body.comment = byId('bulk-comment', HTMLInputElement).value;
  const buttons = $$('#bulk-bar button', HTMLButtonElement);
  for (const button of buttons) button.disabled = true;
  showMessage(message, '');
  showProgress(0, selectedCount());
  try {
    const outcome = await runWithProgress(`/api/review/dispositions/${PROPOSE.has(action) ? 'propose' : 'decide'}`, body, showProgress);
    // What was done shows only after a reload; the outcome waits for it (the refused list capped, the filter has them all).
    sessionStorage.setItem(RESULT_KEY, JSON.stringify({ action, total: outcome.total, updated: outcome.updated.length, skipped: outcome.skipped.slice(0, MAX_SHOWN), refused: outcome.skipped.length }));
    window.location.reload();
  } catch (error) {
    if (progress) progress.hidden = true;
    showError(message, error);
  } finally {
    for (const button of buttons) button.disabled = false;
  }
});

const RESULT_KEY = 'zhidu-bulk-result';
const MAX_SHOWN = 200;

/**
 * What the last action did, and a table of what it refused (title with its link, the reason).
 * @param {{ action: string, total: number, updated: number, skipped: Refused[], refused: number }} outcome
 */
function showOutcome(outcome) {
  if (!message) return;
  const name = ACTION_NAMES[outcome.action] ?? outcome.action;
  showMessage(message, `${name}：共 ${outcome.total} 项，已处理 ${outcome.updated} 项${outcome.refused ? `，未能处理 ${outcome.refused} 项` : ''}。`, outcome.refused > 0);
  if (outcome.refused === 0) return;
  const result = byId('bulk-result');
  const table = document.createElement('table');
  table.className = 'refused card-table';
  const head = table.createTHead().insertRow();
  for (const label of ['未能处理的文件', '原因']) head.append(Object.assign(document.createElement('th'), { textContent: label }));
  const body = table.createTBody();
  for (const item of outcome.skipped) {
    const row = body.insertRow();
    const title = row.insertCell();
    title.dataset.label = '文件';
    const link = Object.assign(document.createElement('a'), { href: `/review/dispositions/${item.id}`, textContent: item.title });
    title.append(link);
    Object.assign(row.insertCell(), { textContent: item.message }).dataset.label = '原因';
  }
  const filter = document.createElement('p');
  // Refused items seldom match the filter the action ran on (an approval's refusals are not 待审核), so the link drops it.
  const url = new URL(`${window.location.pathname}?refused=1`, window.location.href);
  const more = outcome.refused > outcome.skipped.length ? `（此处列出前 ${outcome.skipped.length} 项）` : '';
  filter.append(`未能处理的 ${outcome.refused} 项${more}已列入筛选条件「上次未能处理的」：`, Object.assign(document.createElement('a'), { href: url.pathname + url.search, textContent: '只看这些' }));
  result.replaceChildren(table, filter);
  result.hidden = false;
}

const previous = sessionStorage.getItem(RESULT_KEY);
if (previous) {
  sessionStorage.removeItem(RESULT_KEY);
  showOutcome(JSON.parse(previous));
}
showSelection();

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
