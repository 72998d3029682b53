import { can } from '../auth/roles.js';
import type { HomeInbox } from '../inbox/inbox.usecases.js';
import { RoleInbox } from './inbox.js';
import { Layout, type Viewer } from './layout.js';

/** The home page: the role's inbox first (what waits for this account), then the inventory. */
export function HomePage({ documentCount, inbox, viewer }: { documentCount: number; inbox: HomeInbox | null; viewer: Viewer }) {
  const canWrite = can(viewer?.user.role, 'documents:write');
  const canLoadDemo = can(viewer?.user.role, 'documents:demo');
  return (
    <Layout title="首页" active="/" viewer={viewer} scripts={['home.js']}>
      <h1>制度清理工作平台</h1>
      <p class="lead">收集、识别、检索本地区的政策文件和规章制度，逐件提出坚持、完善、废止、新建意见，形成制度清单。</p>
      {inbox && <RoleInbox inbox={inbox} />}
      {documentCount === 0 ? (
        <section class="card">
          <h2>数据库中还没有文件</h2>
          {canLoadDemo ? (
            <>
              <p>可以先导入几份示例文件看看效果{canWrite && '，也可以直接上传本单位的文件'}。</p>
              <p>
                <button type="button" id="import-demo">导入示例文件</button>{' '}
                {canWrite && <a class="button secondary" href="/upload">上传文件</a>}
              </p>
              <p class="form-message" role="status" aria-live="polite"></p>
            </>
          ) : <p>法制人员导入文件后，这里会显示收集情况。</p>}
        </section>
      ) : (
        <section class="card">
          <h2>已收集文件 {documentCount} 件</h2>
          <p><a class="button" href="/documents">查看文件清单</a> {canWrite && <a class="button secondary" href="/upload">继续上传</a>}</p>
        </section>
      )}
      {canWrite && <section class="card">
        <h2>批量导入</h2>
        <p>整个文件夹（含子文件夹）可在服务器上用命令行导入：</p>
        <pre>npm run -s zhidu -- import 文件夹路径</pre>
      </section>}
    </Layout>
  );
}
