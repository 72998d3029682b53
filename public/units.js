// @ts-check
import { $, byId, requestJson, showError, showMessage, targetOf } from './api.js';

const message = $('.form-message');
const newUnitForm = byId('new-unit-form', HTMLFormElement);

/**
 * A list typed into one field: 、，, ; and spaces separate its entries.
 * @param {FormDataEntryValue | null | undefined} value
 */
const listOf = (value) => String(value ?? '').split(/[、，,；;\s]+/).map((part) => part.trim()).filter(Boolean);

/**
 * A unit's fields as the API takes them, read from a form or a table row.
 * @param {(name: string) => string} read
 */
function unitFields(read) {
  return {
    name: read('name'),
    shortName: read('shortName') || null,
    aliases: listOf(read('aliases')),
    codes: listOf(read('codes')),
    kind: read('kind'),
    sortOrder: Number(read('sortOrder') || 0),
  };
}

newUnitForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(newUnitForm);
  try {
    const { unit } = await requestJson('POST', '/api/units', unitFields((name) => String(data.get(name) ?? '').trim()));
    showMessage(message, `已新增单位 ${unit.name}`);
    window.setTimeout(() => window.location.reload(), 600);
  } catch (error) {
    showError(message, error);
  }
});

const table = $('table.units', HTMLTableElement);

table.addEventListener('click', async (event) => {
  const action = targetOf(event).dataset?.action;
  if (!action) return;
  const row = /** @type {HTMLTableRowElement} */ (targetOf(event).closest('tr'));
  /** @param {string} name */
  const read = (name) => {
    const field = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (row.querySelector(`[name="${name}"]`));
    return field ? field.value.trim() : '';
  };
  try {
    const body = action === 'save' ? unitFields(read) : { active: action === 'activate' };
    const { unit } = await requestJson('PATCH', `/api/units/${row.dataset.unitId}`, body);
    showMessage(message, `已保存 ${unit.name}`);
    if (action !== 'save') window.location.reload();
  } catch (error) {
    showError(message, error);
  }
});

const recompute = byId('recompute-units', HTMLButtonElement);
recompute.addEventListener('click', async () => {
  const status = byId('recompute-message', HTMLElement);
  recompute.disabled = true;
  try {
    const result = await requestJson('POST', '/api/units/recompute', {});
    showMessage(status, `已重新匹配 ${result.documents} 件：${result.withUnit} 件有责任单位，${result.withoutUnit} 件未匹配，${result.keptManual} 件为手工指定（保持不变）`);
  } catch (error) {
    showError(status, error);
  } finally {
    recompute.disabled = false;
  }
});
