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
    // Versions share a title: each option names its date too, and the document on the other side is not offered.
    /** @param {import('./api.js').TitleSuggestion} d */
    const optionText = (d) => `${d.title}${d.issuedOn ? `（${d.issuedOn}）` : ''}`;
    const others = () => [...form.querySelectorAll('input[type=hidden]')].filter((input) => input !== hidden).map((input) => input instanceof HTMLInputElement ? input.value : '');
    const chosenOf = () => found.find((d) => optionText(d) === picker.value) ?? found.find((d) => d.title === picker.value);
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    picker.addEventListener('input', () => {
      clearTimeout(timer);
      const chosen = chosenOf();
      hidden.value = chosen ? String(chosen.id) : '';
      timer = setTimeout(async () => {
        const q = picker.value.trim();
        /** @type {{ suggestions: import('./api.js').TitleSuggestion[] }} */
        const answer = q ? await requestJson('GET', `/api/search/suggest?q=${encodeURIComponent(q)}&limit=10`).catch(() => ({ suggestions: [] })) : { suggestions: [] };
        found = answer.suggestions.filter((d) => !others().includes(String(d.id)));
        options.replaceChildren(...found.map((d) => {
          const option = document.createElement('option');
          option.value = optionText(d);
          if (d.docNumber) option.label = d.docNumber;
          return option;
        }));
        const exact = chosenOf();
        if (exact) hidden.value = String(exact.id);
      }, 200);
    });
    picker.addEventListener('change', () => {
      const chosen = chosenOf();
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
