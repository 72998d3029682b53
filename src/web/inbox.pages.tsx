import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { UserRow } from '../auth/auth.table.js';
import type { AppDatabase } from '../db/database.js';
import type { RefusedLastTime } from '../inbox/inbox.refused.js';
import { createInboxRepository } from '../inbox/inbox.repository.js';
import { dispositionDeadlines, homeInbox } from '../inbox/inbox.usecases.js';
import { CATEGORY_LABELS, STATUS_LABELS } from '../review/review.models.js';
import { createTrackingRepository } from '../tracking/tracking.repository.js';
import { Layout, type Viewer } from './layout.js';
import { viewerOf } from './viewer.js';

/** The home page's inbox for a user, as `registerDocumentsPages` renders it on `/`. */
export function createHomeInbox({ db, refusedLastTime }: { db: AppDatabase; refusedLastTime: RefusedLastTime }) {
  const inboxRepository = createInboxRepository({ db });
  const trackingRepository = createTrackingRepository({ db });
  return (user: UserRow | undefined) => (user ? homeInbox({ user, db, inboxRepository, trackingRepository, refusedLastTime }) : null);
}

function DeadlinesPage({ deadlines, viewer }: { deadlines: ReturnType<typeof dispositionDeadlines>; viewer: Viewer }) {
  return (
    <Layout title="完成时限临近的清理意见" active="/" viewer={viewer}>
      <p class="breadcrumb"><a href="/">首页</a> › 完成时限临近</p>
      <h1>完成时限临近的清理意见 <small>{deadlines.from} 至 {deadlines.until}，共 {deadlines.total} 项</small></h1>
      {deadlines.total > deadlines.dispositions.length && <p class="notice">只列出最早到期的 {deadlines.dispositions.length} 项。</p>}
      {deadlines.dispositions.length === 0 ? <p class="muted">30 日内没有到期的清理意见。</p> : (
        <table class="card-table" id="deadline-list">
          <thead><tr><th>文件或拟新建制度</th><th>批次</th><th>类别</th><th>状态</th><th>责任单位</th><th>完成时限</th></tr></thead>
          <tbody>
            {deadlines.dispositions.map((d) => (
              <tr data-disposition-id={d.id}>
                <td class="title-cell"><a href={`/review/dispositions/${d.id}`}>{d.title || '（无标题）'}</a></td>
                <td data-label="批次"><a href={`/review/${d.roundId}`}>{d.roundName}</a></td>
                <td data-label="类别">{d.category ? CATEGORY_LABELS[d.category] : '未定'}</td>
                <td data-label="状态">{STATUS_LABELS[d.status]}</td>
                <td data-label="责任单位">{d.responsibleUnit ?? '—'}</td>
                <td class="nowrap" data-label="完成时限">{d.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** The lists the home page's counts open when no other page filters them so: the dispositions due soon. */
export function registerInboxPages(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const inboxRepository = createInboxRepository({ db });
  app.get('/inbox/deadlines', (c) => c.html(<DeadlinesPage deadlines={dispositionDeadlines({ inboxRepository })} viewer={viewerOf(c)} />));
}
