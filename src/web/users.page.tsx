import type { toPublicUser } from '../auth/auth.models.js';
import { ROLE_LABELS, ROLES } from '../auth/roles.js';
import { Layout, type Viewer } from './layout.js';

type User = ReturnType<typeof toPublicUser>;

export function UsersPage({ users, viewer }: { users: User[]; viewer: Viewer }) {
  const roleOptions = (selected?: string) => ROLES.map((role) => <option value={role} selected={role === selected}>{ROLE_LABELS[role]}</option>);
  return (
    <Layout title="用户管理" active="/admin/users" viewer={viewer} scripts={['users.js']}>
      <h1>用户管理 <small>共 {users.length} 个账号</small></h1>
      <section class="card">
        <h2>新建账号</h2>
        <form id="new-user-form" class="inline-form">
          <input name="username" placeholder="用户名（字母或数字）" required aria-label="用户名" />
          <input name="displayName" placeholder="姓名" required aria-label="姓名" />
          <input name="unit" placeholder="单位，如 市财政局" required aria-label="单位" />
          <select name="role" aria-label="角色">{roleOptions('staff')}</select>
          <button type="submit">创建</button>
        </form>
        <p class="form-message" role="status" aria-live="polite"></p>
      </section>
      <table class="users card-table">
        <thead><tr><th>用户名</th><th>姓名</th><th>单位</th><th>角色</th><th>状态</th><th>操作</th></tr></thead>
        <tbody>
          {users.map((user) => (
            <tr data-user-id={String(user.id)}>
              <td data-label="用户名">{user.username}</td>
              <td data-label="姓名">{user.displayName}</td>
              <td data-label="单位">{user.unit}</td>
              <td data-label="角色"><select name="role" aria-label={`${user.username} 的角色`}>{roleOptions(user.role)}</select></td>
              <td data-label="状态">
                {user.disabled ? '已停用' : user.locked ? '暂时锁定' : '正常'}
                {user.mustChangePassword && <span class="tag">待改密码</span>}
              </td>
              <td class="actions" data-label="操作">
                <button type="button" class="link" data-action="reset">重置密码</button>
                <button type="button" class="link" data-action={user.disabled ? 'enable' : 'disable'}>{user.disabled ? '启用' : '停用'}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
