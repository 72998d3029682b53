import { Layout, type Viewer } from './layout.js';

export function PasswordPage({ viewer }: { viewer: Viewer }) {
  const required = viewer?.user.mustChangePassword;
  return (
    <Layout title="修改密码" active="" viewer={viewer} scripts={['password.js']}>
      <section class="card narrow">
        <h1>修改密码</h1>
        {required && <p class="notice">您正在使用管理员设置的一次性密码，请先设置自己的密码。</p>}
        <form id="password-form" class="stacked">
          <label>当前密码<input name="currentPassword" type="password" autocomplete="current-password" required /></label>
          <label>新密码<input name="newPassword" type="password" autocomplete="new-password" required minlength={10} /></label>
          <label>再次输入新密码<input name="confirmPassword" type="password" autocomplete="new-password" required /></label>
          <p class="muted">至少 10 个字符，须同时包含字母和数字。</p>
          <button type="submit">保存新密码</button>
          <p class="form-message" role="status" aria-live="polite"></p>
        </form>
      </section>
    </Layout>
  );
}
