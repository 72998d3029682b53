// @ts-check
import { $, errorMessage, formText, requestJson, showError, showMessage, targetOf } from './api.js';

// 我的检索: the search and list pages save what they show (their address) under a name; /my-searches renames
// and deletes. Listeners sit on the document, as the search page redraws its results (and this form) as you type.

/**
 * The page's 我的检索 menu gains what was just saved, so it can be reopened without a reload.
 * @param {{ name: string, url: string }} savedSearch
 */
function addToMenu(savedSearch) {
  const menu = document.querySelector('.my-searches-menu');
  const list = menu?.querySelector('ul');
  if (!menu || !list) return;
  const link = document.createElement('a');
  link.href = savedSearch.url;
  link.textContent = savedSearch.name;
  const item = document.createElement('li');
  item.append(link);
  list.insertBefore(item, list.lastElementChild);
  const summary = menu.querySelector('summary');
  if (summary) summary.textContent = `我的检索（${list.children.length - 1}）`;
}

document.addEventListener('submit', async (event) => {
  const form = targetOf(event);
  if (!(form instanceof HTMLFormElement)) return;
  if (form.classList.contains('save-search')) {
    event.preventDefault();
    const message = $('.form-message', HTMLElement, form);
    try {
      const name = formText(new FormData(form), 'name') ?? '';
      const { savedSearch } = await requestJson('POST', '/api/saved-searches', { name, kind: form.dataset.kind, query: location.search });
      showMessage(message, `已保存为「${savedSearch.name}」`);
      form.reset();
      addToMenu(savedSearch);
    } catch (error) {
      showError(message, error);
    }
  } else if (form.classList.contains('rename-saved')) {
    event.preventDefault();
    const message = $('.form-message', HTMLElement, form);
    try {
      const name = formText(new FormData(form), 'name') ?? '';
      const { savedSearch } = await requestJson('PATCH', `/api/saved-searches/${form.dataset.id}`, { name });
      const link = form.closest('tr')?.querySelector('a.saved-open');
      if (link) link.textContent = savedSearch.name;
      showMessage(message, '已重命名');
    } catch (error) {
      showError(message, error);
    }
  }
});

document.addEventListener('click', async (event) => {
  const button = targetOf(event);
  if (!button.classList.contains('delete-saved')) return;
  const row = button.closest('tr');
  const name = row?.querySelector('a.saved-open')?.textContent ?? '';
  if (!window.confirm(`删除保存的检索「${name}」？`)) return;
  try {
    await requestJson('DELETE', `/api/saved-searches/${button.dataset.id}`);
    row?.remove();
  } catch (error) {
    window.alert(errorMessage(error));
  }
});
