// @ts-check
import { $, byId, errorMessage, requestJson } from './api.js';

/**
 * @typedef {{ status: 'imported' | 'duplicate', document: { id: number, title: string } }
 *   | { status: 'failed', error: { message: string } }} UploadResult
 */

const form = byId('upload-form', HTMLFormElement);
const input = byId('file-input', HTMLInputElement);
const table = $('.upload-results', HTMLTableElement);
const tbody = byId('upload-results', HTMLTableSectionElement);
/** @type {Record<string, string>} */
const STATUS_LABELS = { imported: '已导入', duplicate: '重复（已有相同文件）', failed: '失败' };

/** @param {string} fileName */
function addRow(fileName) {
  const row = tbody.insertRow();
  // Each cell carries its column's name, shown as its label when the table reads as cards (narrow screens).
  for (const label of ['文件', '结果', '识别标题']) row.insertCell().dataset.label = label;
  row.cells[0].textContent = fileName;
  row.cells[1].textContent = '上传中……';
  table.hidden = false;
  return row;
}

/**
 * @param {HTMLTableRowElement} row
 * @param {UploadResult} result
 */
function showResult(row, result) {
  const [, statusCell, titleCell] = row.cells;
  statusCell.textContent = STATUS_LABELS[result.status] ?? result.status;
  statusCell.className = `result-${result.status}`;
  if (result.status === 'failed') {
    titleCell.textContent = result.error.message;
    return;
  }
  const link = document.createElement('a');
  link.href = `/documents/${result.document.id}`;
  link.textContent = result.document.title;
  titleCell.replaceChildren(link);
}

/**
 * One request per file, so each file's result shows as soon as it is known.
 * @param {File[]} files
 */
async function upload(files) {
  for (const file of files) {
    const row = addRow(file.name);
    const body = new FormData();
    body.append('files', file);
    try {
      /** @type {{ results: UploadResult[] }} */
      const { results } = await requestJson('POST', '/api/documents', body);
      showResult(row, results[0]);
    } catch (error) {
      showResult(row, { status: 'failed', error: { message: errorMessage(error) } });
    }
  }
}

input.addEventListener('change', () => {
  upload([...(input.files ?? [])]);
  input.value = '';
});
for (const type of ['dragenter', 'dragover']) {
  form.addEventListener(type, (event) => { event.preventDefault(); form.classList.add('over'); });
}
for (const type of ['dragleave', 'drop']) {
  form.addEventListener(type, (event) => { event.preventDefault(); form.classList.remove('over'); });
}
form.addEventListener('drop', (event) => upload([...(event.dataTransfer?.files ?? [])]));
