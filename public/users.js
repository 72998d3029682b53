// @ts-check
import { $, byId, requestJson, showError, showMessage, targetOf } from './api.js';

const message = $('.form-message');
const newUserForm = byId('new-user-form', HTMLFormElement);

/**
 * A generated password is shown once, here, for the administrator to hand over.
 * @param {string} username
 * @param {string} password
 */
function showPassword(username, password) {
  showMessage(message, `账号 ${username} 的一次性密码：${password}（只显示这一次，请转交本人，首次登录后须修改）`);
}

newUserForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { user, password } = await requestJson('POST', '/api/users', Object.fromEntries(new FormData(newUserForm)));
    newUserForm.reset();
    showPassword(user.username, password);
    const row = $('table.users tbody', HTMLTableSectionElement).insertRow(0);
    for (const value of [user.username, user.displayName, user.unit, user.role, '正常（待改密码）', '刷新后可操作']) row.insertCell().textContent = value;
  } catch (error) {
    showError(message, error);
  }
});

const table = $('table.users', HTMLTableElement);

/**
 * The user a control in the table is about: its row names them.
 * @param {Event} event
 */
const userIdOf = (event) => /** @type {HTMLTableRowElement} */ (targetOf(event).closest('tr')).dataset.userId;

table.addEventListener('change', async (event) => {
  const select = targetOf(event);
  if (!(select instanceof HTMLSelectElement) || (select.name !== 'role' && select.name !== 'unitId')) return;
  const id = userIdOf(event);
  try {
    if (select.name === 'unitId') {
      const { user } = await requestJson('PATCH', `/api/users/${id}`, { unitId: Number(select.value) });
      showMessage(message, `已将 ${user.username} 的单位改为 ${user.unit}`);
      return;
    }
    await requestJson('PATCH', `/api/users/${id}`, { role: select.value });
    showMessage(message, '角色已修改，该用户需重新登录');
  } catch (error) {
    showError(message, error);
    window.setTimeout(() => window.location.reload(), 1500);
  }
});

table.addEventListener('click', async (event) => {
  const action = targetOf(event).dataset?.action;
  if (!action) return;
  const id = userIdOf(event);
  try {
    if (action === 'reset') {
      if (!window.confirm('重置后原密码失效，确定吗？')) return;
      const { user, password } = await requestJson('POST', `/api/users/${id}/reset-password`);
      showPassword(user.username, password);
    } else {
      await requestJson('PATCH', `/api/users/${id}`, { disabled: action === 'disable' });
      window.location.reload();
    }
  } catch (error) {
    showError(message, error);
  }
});
