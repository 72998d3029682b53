// @ts-check
import { $, byId, requestJson, showError, showMessage, targetOf } from './api.js';
import './document-view.js';

const form = byId('metadata-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, form);
const documentId = form.dataset.documentId;
const initial = Object.fromEntries(new FormData(form));

/**
 * The API's value for a form field: title lists are one per line, counts are numbers, empty is null.
 * @param {string} field
 * @param {string} value
 */
function toValue(field, value) {
  if (field === 'citations' || field === 'repeals') return value.split('\n').map((line) => line.trim()).filter(Boolean);
  if (field === 'articleCount') return Number(value);
  return value === '' && field !== 'title' ? null : value;
}

// Only the fields the user changed are sent, so the others keep following the parser.
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  /** @type {Record<string, ReturnType<typeof toValue>>} */
  const changes = {};
  for (const [field, value] of new FormData(form)) {
    if (typeof value === 'string' && value !== initial[field]) changes[field] = toValue(field, value);
  }
  if (Object.keys(changes).length === 0) {
    showMessage(message, '没有需要保存的修改');
    return;
  }
  await save({ changes }, '已保存');
});

form.addEventListener('click', async (event) => {
  const field = targetOf(event).dataset?.reset;
  if (field) await save({ reset: [field] }, '已还原为自动识别的值');
});

/**
 * @param {{ changes: Record<string, unknown> } | { reset: string[] }} body
 * @param {string} done what to tell the user once saved
 */
async function save(body, done) {
  await run(() => requestJson('PATCH', `/api/documents/${documentId}`, body), '正在保存……', done);
}

/**
 * Runs an action against the API, telling the user while it is pending and when done, then goes on.
 * @param {() => Promise<unknown>} action
 * @param {string} pending
 * @param {string} done
 */
async function run(action, pending, done, then = () => window.location.reload()) {
  showMessage(message, pending);
  try {
    await action();
    showMessage(message, done);
    then();
  } catch (error) {
    showError(message, error);
  }
}

byId('reparse-document').addEventListener('click', () =>
  run(() => requestJson('POST', `/api/documents/${documentId}/reparse`), '正在重新识别……', '已重新识别，人工修改的内容保持不变'));

byId('delete-document').addEventListener('click', () => {
  if (!window.confirm('确定删除这份文件吗？原始文件和识别结果都将删除，无法恢复。')) return;
  run(() => requestJson('DELETE', `/api/documents/${documentId}`), '正在删除……', '已删除', () => { window.location.href = '/documents'; });
});

// A scan's recognised text, corrected by staff: metadata is read again from it on the server.
const ocrForm = /** @type {HTMLFormElement | null} */ (document.getElementById('ocr-text-form'));
if (ocrForm) {
  const ocrMessage = $('.form-message', HTMLElement, ocrForm);
  ocrForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage(ocrMessage, '正在保存并重新提取文件信息……');
    try {
      await requestJson('PUT', `/api/documents/${documentId}/text`, { text: new FormData(ocrForm).get('text') });
      showMessage(ocrMessage, '已保存');
      window.location.reload();
    } catch (error) {
      showError(ocrMessage, error);
    }
  });
}

document.getElementById('retry-ocr')?.addEventListener('click', () =>
  run(() => requestJson('POST', `/api/documents/${documentId}/ocr/retry`), '已重新排队识别……', '已重新排队识别'));
