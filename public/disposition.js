// @ts-check
import { $, $$, byId, control, formText, requestJson, showError, showMessage, targetOf } from './api.js';

const form = byId('disposition-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, form);
const id = Number(form.dataset.id);
const category = $('[name="category"]', HTMLSelectElement, form);
const ground = $('[name="groundId"]', HTMLSelectElement, form);

// The ground list offers only the grounds of the chosen category.
function filterGrounds() {
  for (const option of ground.options) if (option.value) option.hidden = option.dataset.category !== category.value;
  if (ground.selectedOptions[0]?.hidden) ground.value = '';
}
category.addEventListener('change', filterGrounds);
filterGrounds();

function changes() {
  const data = new FormData(form);
  /** @param {string} name */
  const text = (name) => (formText(data, name) ?? '').trim() || null;
  const patch = {
    category: data.get('category') || null,
    groundId: data.get('groundId') ? Number(data.get('groundId')) : null,
    reason: data.get('reason') ?? '',
    responsibleUnit: text('responsibleUnit'),
    deadline: text('deadline'),
    itemIds: data.getAll('itemIds').map(Number),
    legalBasis: [
      ...data.getAll('basisDocumentId').map((value) => ({ documentId: Number(value) })),
      ...(formText(data, 'basisText') ?? '').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => ({ text: line })),
    ],
  };
  if (control(form, 'proposedTitle')) {
    Object.assign(patch, { proposedTitle: text('proposedTitle'), proposedScope: text('proposedScope'), gap: text('gap'), draftDocumentId: text('draftDocumentId') ? Number(text('draftDocumentId')) : null });
  }
  return patch;
}

/**
 * Runs a step against the API, then shows the outcome: the first item it skipped, or the page anew.
 * @param {() => Promise<{ skipped?: { message: string }[] } | undefined>} step
 */
async function run(step) {
  try {
    const result = await step();
    const skipped = result?.skipped ?? [];
    if (skipped.length > 0) {
      showMessage(message, skipped[0].message, true);
      return;
    }
    window.location.reload();
  } catch (error) {
    showError(message, error);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(() => requestJson('PATCH', `/api/review/dispositions/${id}`, changes()));
});

document.addEventListener('click', (event) => {
  const action = targetOf(event).dataset?.action;
  if (!action) return;
  const comment = control(form, 'comment')?.value ?? '';
  if (action === 'submit') {
    run(async () => {
      await requestJson('PATCH', `/api/review/dispositions/${id}`, changes());
      return requestJson('POST', '/api/review/dispositions/propose', { action: 'submit', ids: [id] });
    });
  } else if (action === 'accept_suggestion') {
    run(() => requestJson('POST', '/api/review/dispositions/propose', { action, ids: [id] }));
  } else {
    run(() => requestJson('POST', '/api/review/dispositions/decide', { action, ids: [id], ...(comment ? { comment } : {}) }));
  }
});

// Picking a document of the inventory by its title: for the legal basis, and for a proposal's draft.
const options = byId('document-options', HTMLDataListElement);
/** @type {import('./api.js').TitleSuggestion[]} */
let found = [];
/** @type {ReturnType<typeof setTimeout> | undefined} */
let pickTimer;
for (const picker of $$('.document-picker', HTMLInputElement)) {
  picker.addEventListener('input', () => {
    clearTimeout(pickTimer);
    pickTimer = setTimeout(async () => {
      const q = picker.value.trim();
      ({ suggestions: found } = q ? await requestJson('GET', `/api/search/suggest?q=${encodeURIComponent(q)}&limit=10`).catch(() => ({ suggestions: [] })) : { suggestions: [] });
      options.replaceChildren(...found.map(({ title, docNumber, issuedOn }) => {
        const option = document.createElement('option');
        option.value = title;
        option.label = [docNumber, issuedOn].filter(Boolean).join(' · ');
        return option;
      }));
    }, 200);
  });
  picker.addEventListener('change', () => {
    const chosen = found.find((d) => d.title === picker.value);
    if (picker.dataset.target === 'draft') {
      $('[name="draftDocumentId"]', HTMLInputElement, form).value = chosen ? String(chosen.id) : '';
      return;
    }
    if (!chosen || form.querySelector(`input[name="basisDocumentId"][value="${chosen.id}"]`)) return;
    const label = document.createElement('label');
    label.className = 'check';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'basisDocumentId', value: String(chosen.id), checked: true });
    label.append(box, ` 《${chosen.title}》${chosen.issuedOn ? `（${chosen.issuedOn}）` : ''}`);
    byId('basis-added').append(label);
    picker.value = '';
  });
}

// Keyboard shortcuts for the frequent decisions (listed on the page under 键盘快捷键). None fires while typing
// in a field, except Ctrl+Enter, which saves from anywhere in the form.
const SHORTCUT_CATEGORIES = ['keep', 'improve', 'abolish', 'create'];

/** @param {EventTarget | null} target */
function isTyping(target) {
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

/** @param {string} id */
function follow(id) {
  const link = document.getElementById(id);
  if (link instanceof HTMLAnchorElement) window.location.href = link.href;
}

document.addEventListener('keydown', (event) => {
  const editable = !category.matches(':disabled') && form.querySelector('button[type="submit"]') !== null;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    if (!editable) return;
    event.preventDefault();
    form.requestSubmit();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTyping(event.target)) return;
  const key = event.key.toLowerCase();
  const chosen = SHORTCUT_CATEGORIES[Number(key) - 1];
  if (chosen && editable && [...category.options].some((option) => option.value === chosen)) {
    category.value = chosen;
    category.dispatchEvent(new Event('change'));
    showMessage(message, `类别已设为「${category.selectedOptions[0]?.textContent ?? ''}」，按 Ctrl+Enter 保存`);
  } else if (key === 'a' && editable) {
    const accept = document.querySelector('button[data-action="accept_suggestion"]');
    if (!(accept instanceof HTMLButtonElement)) return;
    accept.click();
  } else if (key === 'n') {
    follow('next-disposition');
  } else if (key === 'p') {
    follow('previous-disposition');
  } else {
    return;
  }
  event.preventDefault();
});
