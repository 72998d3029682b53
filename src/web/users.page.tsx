import type { toPublicUser } from '../auth/auth.models.js';
import { ROLE_LABELS, ROLES } from '../auth/roles.js';
import type { UnitRow } from '../units/units.table.js';
import { Layout, type Viewer } from './layout.js';

type User = ReturnType<typeof toPublicUser>;

export function UsersPage({ users, units, viewer }: { users: User[]; units: UnitRow[]; viewer: Viewer }) {
  // Units are chosen from the managed list (单位管理); an account keeps its unit even after it is deactivated.
  const unitOptions = (selected?: number | null) => units.filter((unit) => unit.active || unit.id === selected)
    .map((unit) => <option value={String(unit.id)} selected={unit.id === selected}>{unit.name}{unit.active ? '' : '（已停用）'}</option>);
  const roleOptions = (selected?: string) => ROLES.map((role) => <option value={role} selected={role === selected}>{ROLE_LABELS[role]}</option>);
  return (
    <Layout title="用户管理" active="/admin/users" viewer={viewer} scripts={['users.js']}>
      <h1>用户管理 <small>共 {users.length} 个账号</small></h1>
      {units.length === 0 && <p class="muted">单位列表为空，请先在 <a href="/admin/units">单位管理</a> 中新增单位。</p>}
      <section class="card">
        <h2>新建账号</h2>
        <form id="new-user-form" class="inline-form">
          <input name="username" placeholder="用户名（字母或数字）" required aria-label="用户名" />
          <input name="displayName" placeholder="姓名" required aria-label="姓名" />
          <select name="unitId" required aria-label="单位"><option value="">选择单位</option>{unitOptions()}</select>
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
              <td data-label="单位"><select name="unitId" aria-label={`${user.username} 的单位`}>{user.unitId === null && <option value="" selected>{user.unit}（未在单位列表）</option>}{unitOptions(user.unitId)}</select></td>
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
