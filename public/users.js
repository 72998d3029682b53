import { requestJson, showMessage } from './api.js';

const message = document.querySelector('.form-message');
const newUserForm = document.getElementById('new-user-form');

// A generated password is shown once, here, for the administrator to hand over.
function showPassword(username, password) {
  showMessage(message, `账号 ${username} 的一次性密码：${password}（只显示这一次，请转交本人，首次登录后须修改）`);
}

newUserForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { user, password } = await requestJson('POST', '/api/users', Object.fromEntries(new FormData(newUserForm)));
    newUserForm.reset();
    showPassword(user.username, password);
    const row = document.querySelector('table.users tbody').insertRow(0);
    for (const value of [user.username, user.displayName, user.unit, user.role, '正常（待改密码）', '刷新后可操作']) row.insertCell().textContent = value;
  } catch (error) {
    showMessage(message, error.message, true);
  }
});

const table = document.querySelector('table.users');
table.addEventListener('change', async (event) => {
  if (event.target.name !== 'role') return;
  const id = event.target.closest('tr').dataset.userId;
  try {
    await requestJson('PATCH', `/api/users/${id}`, { role: event.target.value });
    showMessage(message, '角色已修改，该用户需重新登录');
  } catch (error) {
    showMessage(message, error.message, true);
    window.setTimeout(() => window.location.reload(), 1500);
  }
});

table.addEventListener('click', async (event) => {
  const action = event.target.dataset?.action;
  if (!action) return;
  const row = event.target.closest('tr');
  const id = row.dataset.userId;
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
    showMessage(message, error.message, true);
  }
});
