// @ts-check
import { requestJson } from './api.js';

// 新旧对照: picking the documents to compare by their title. Each title box offers the titles the suggest
// API finds as the user types, and puts the chosen document's id in the form's hidden field it names.
for (const form of document.querySelectorAll('form.compare-picker')) {
  for (const picker of form.querySelectorAll('input.title-picker')) {
    if (!(picker instanceof HTMLInputElement)) continue;
    const hidden = form.querySelector(`input[type=hidden][name="${picker.dataset.target}"]`);
    const options = picker.list;
    if (!(hidden instanceof HTMLInputElement) || !options) continue;
    /** @type {import('./api.js').TitleSuggestion[]} */
    let found = [];
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    picker.addEventListener('input', () => {
      clearTimeout(timer);
      const chosen = found.find((d) => d.title === picker.value);
      hidden.value = chosen ? String(chosen.id) : '';
      timer = setTimeout(async () => {
        const q = picker.value.trim();
        ({ suggestions: found } = q ? await requestJson('GET', `/api/search/suggest?q=${encodeURIComponent(q)}&limit=10`).catch(() => ({ suggestions: [] })) : { suggestions: [] });
        options.replaceChildren(...found.map(({ title, docNumber, issuedOn }) => {
          const option = document.createElement('option');
          option.value = title;
          option.label = [docNumber, issuedOn].filter(Boolean).join(' · ');
          return option;
        }));
        const exact = found.find((d) => d.title === picker.value);
        if (exact) hidden.value = String(exact.id);
      }, 200);
    });
    picker.addEventListener('change', () => {
      const chosen = found.find((d) => d.title === picker.value);
      hidden.value = chosen ? String(chosen.id) : '';
    });
  }
  form.addEventListener('submit', (event) => {
    const empty = [...form.querySelectorAll('input[type=hidden]')].find((input) => input instanceof HTMLInputElement && !input.value);
    const message = form.querySelector('.form-message');
    if (empty && message) {
      event.preventDefault();
      message.textContent = '请从列表中选择文件（输入标题后在提示中选中）';
      message.classList.add('error');
    }
  });
}
