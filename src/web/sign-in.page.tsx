import { Layout } from './layout.js';

export function SignInPage({ next }: { next: string }) {
  return (
    <Layout title="登录" active="" viewer={null} scripts={['sign-in.js']}>
      <section class="card narrow">
        <h1>登录</h1>
        <form id="sign-in-form" class="stacked" data-next={next}>
          <label>用户名<input name="username" autocomplete="username" required autofocus /></label>
          <label>密码<input name="password" type="password" autocomplete="current-password" required /></label>
          <button type="submit">登录</button>
          <p class="form-message" role="status" aria-live="polite"></p>
        </form>
      </section>
    </Layout>
  );
}
