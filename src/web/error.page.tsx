import { Layout } from './layout.js';

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title="出错了" active="">
      <section class="card">
        <h1>{status === 404 ? '找不到页面' : '出错了'}</h1>
        <p>{message}</p>
        <p><a href="/documents">返回文件清单</a></p>
      </section>
    </Layout>
  );
}
