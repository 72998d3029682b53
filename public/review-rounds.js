import { requestJson, showMessage } from './api.js';

const form = document.getElementById('new-round-form');
const message = form.parentElement.querySelector('.form-message');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const values = Object.fromEntries(new FormData(form));
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
    showMessage(message, error.message, true);
  }
});
