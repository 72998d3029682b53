// @ts-check
import { $, byId, requestJson, showError, showMessage } from './api.js';

const form = byId('new-round-form', HTMLFormElement);
const message = $('.form-message', HTMLElement, /** @type {HTMLElement} */ (form.parentElement));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const values = Object.fromEntries(new FormData(form));
  /** @type {Record<string, FormDataEntryValue | number | boolean>} */
  const scope = {};
  for (const field of ['issuer', 'level', 'docType']) if (values[field]) scope[field] = values[field];
  for (const field of ['yearFrom', 'yearTo']) if (values[field]) scope[field] = Number(values[field]);
  if (values.allKinds) scope.allKinds = true;
  try {
    const { round, added } = await requestJson('POST', '/api/review/rounds', {
      name: values.name, scope, startsOn: values.startsOn || null, endsOn: values.endsOn || null,
    });
    showMessage(message, `已新建，列入 ${added} 件文件`);
    window.location.href = `/review/${round.id}`;
  } catch (error) {
    showError(message, error);
  }
});
