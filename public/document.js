import { requestJson, showMessage } from './api.js';

const form = document.getElementById('metadata-form');
const message = form.querySelector('.form-message');
const documentId = form.dataset.documentId;
const initial = Object.fromEntries(new FormData(form));

// Only the fields the user changed are sent, so the others keep following the parser.
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const changes = {};
  for (const [field, value] of new FormData(form)) {
    if (value !== initial[field]) changes[field] = value === '' && field !== 'title' ? null : value;
  }
  if (Object.keys(changes).length === 0) {
    showMessage(message, '没有需要保存的修改');
    return;
  }
  await save({ changes }, '已保存');
});

form.addEventListener('click', async (event) => {
  const field = event.target.dataset?.reset;
  if (field) await save({ reset: [field] }, '已还原为自动识别的值');
});

async function save(body, done) {
  showMessage(message, '正在保存……');
  try {
    await requestJson('PATCH', `/api/documents/${documentId}`, body);
    showMessage(message, done);
    window.location.reload();
  } catch (error) {
    showMessage(message, error.message, true);
  }
}

// Text and original-layout views of the same document.
const switcher = document.querySelector('.view-switch');
switcher?.addEventListener('click', (event) => {
  const target = event.target.closest('a');
  if (!target) return;
  event.preventDefault();
  for (const link of switcher.querySelectorAll('a')) link.classList.toggle('active', link === target);
  document.getElementById('text-view').hidden = target.hash !== '#text-view';
  document.getElementById('html-view').hidden = target.hash !== '#html-view';
});
