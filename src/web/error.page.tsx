import { Layout, type Viewer } from './layout.js';

export function ErrorPage({ status, message, viewer }: { status: number; message: string; viewer: Viewer }) {
  return (
    <Layout title="出错了" active="" viewer={viewer}>
      <section class="card">
        <h1>{status === 404 ? '找不到页面' : '出错了'}</h1>
        <p>{message}</p>
        <p><a href="/documents">返回文件清单</a></p>
      </section>
    </Layout>
  );
}
