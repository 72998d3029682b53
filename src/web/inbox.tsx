import { ROLE_LABELS } from '../auth/roles.js';
import type { HomeInbox } from '../inbox/inbox.usecases.js';
import { STAGE_LABELS } from '../tracking/tracking.models.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { ACTION_LABELS } from './audit.page.js';
import { formatTime } from './review-history.js';

type Inbox<R extends HomeInbox['role']> = Extract<HomeInbox, { role: R }>;
type RoundCount = { roundId: number; roundName: string; count: number; href: string };

/** A count that opens exactly what it counts (nothing to open at zero); `name` marks it for tests and scripts. */
function Count({ name, count, href }: { name: string; count: number; href: string }) {
  if (count === 0) return <span class="inbox-count zero" data-inbox={name} data-count={0}>0</span>;
  return <a class="inbox-count" href={href} data-inbox={name} data-count={count}>{count}</a>;
}

function RoundCounts({ name, rounds, unit, none }: { name: string; rounds: RoundCount[]; unit: string; none: string }) {
  if (rounds.length === 0) return <p class="muted">{none}</p>;
  return (
    <ul class="inbox-rounds">
      {rounds.map((r) => <li>{r.roundName}：<Count name={name} count={r.count} href={r.href} /> {unit}</li>)}
    </ul>
  );
}

const total = (rounds: RoundCount[]) => rounds.reduce((n, r) => n + r.count, 0);

function ItemsTable({ id, caption, items }: { id: string; caption: string; items: TrackingItemRow[] }) {
  return (
    <table class="inbox-items card-table" id={id}>
      <caption>{caption}</caption>
      <thead><tr><th>事项</th><th>责任单位</th><th>阶段</th><th>完成时限</th></tr></thead>
      <tbody>
        {items.map((item) => (
          <tr data-item-id={item.id}>
            <td class="title-cell"><a href={`/tracking/items/${item.id}`}>{item.name}</a></td>
            <td data-label="责任单位">{item.responsibleUnit ?? '—'}</td>
            <td data-label="阶段">{STAGE_LABELS[item.stage]}</td>
            <td class="nowrap" data-label="完成时限">{item.deadline ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StaffInbox({ inbox }: { inbox: Inbox<'staff'> }) {
  const { overdue, dueSoon } = inbox.tracked;
  return (
    <section class="card inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">待我处理</h2>
      <div class="inbox-grid">
        <div class="inbox-block">
          <h3>尚未定类 {total(inbox.undecided)} 项</h3>
          <RoundCounts name="undecided" rounds={inbox.undecided} unit="项" none="各批次的文件都已定类。" />
        </div>
        <div class="inbox-block">
          <h3>被领导退回 {total(inbox.returned.byRound)} 项</h3>
          <RoundCounts name="returned" rounds={inbox.returned.byRound} unit="项" none="没有被退回的清理意见。" />
        </div>
        {/* What the last bulk action refused (src/inbox/inbox.refused.ts). */}
        {inbox.refused && (
          <div class="inbox-block" data-slot="refused">
            <h3>上次批量操作未能处理的 {total(inbox.refused)} 项</h3>
            <RoundCounts name="refused" rounds={inbox.refused} unit="项" none="上次批量操作全部完成。" />
          </div>
        )}
        <div class="inbox-block">
          <h3>即将到期</h3>
          <ul>
            <li>跟踪事项已逾期 <Count name="tracked-overdue" count={overdue.length} href="#tracked-overdue" /> 项，{inbox.tracked.dueSoon.length > 0 ? <>30 日内到期 <Count name="tracked-due" count={dueSoon.length} href="#tracked-due" /> 项</> : '30 日内没有到期的'}</li>
            <li>清理意见的完成时限在 30 日内：<Count name="disposition-deadlines" count={inbox.dispositionDeadlines.total} href={inbox.dispositionDeadlines.href} /> 项</li>
          </ul>
        </div>
      </div>
      {inbox.returned.latest.length > 0 && (
        <>
          <h3>最近退回的清理意见</h3>
          <ul class="returned-list">
            {inbox.returned.latest.map((r) => (
              <li data-disposition-id={r.id}>
                <a href={`/review/dispositions/${r.id}`}>{r.title || '（无标题）'}</a> <span class="muted">{r.roundName} · {formatTime(r.returnedAt)}</span>
                {r.comment && <blockquote class="leader-comment"><span class="muted">领导意见：</span>{r.comment}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
      {overdue.length > 0 && <ItemsTable id="tracked-overdue" caption="已逾期的跟踪事项" items={overdue} />}
      {dueSoon.length > 0 && <ItemsTable id="tracked-due" caption="30 日内到期的跟踪事项" items={dueSoon} />}
    </section>
  );
}

function LeaderInbox({ inbox }: { inbox: Inbox<'leader'> }) {
  return (
    <section class="card inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">待我处理</h2>
      <div class="inbox-grid">
        <div class="inbox-block">
          <h3>待批准 {total(inbox.awaitingApproval)} 项</h3>
          <RoundCounts name="awaiting-approval" rounds={inbox.awaitingApproval} unit="项待批准" none="没有待批准的清理意见。" />
        </div>
        <div class="inbox-block">
          <h3>逾期的跟踪事项</h3>
          <p><Count name="tracked-overdue" count={inbox.overdue.length} href="#tracked-overdue" /> 项已过完成时限尚未印发实施</p>
        </div>
        <div class="inbox-block">
          <h3>新的进展报告</h3>
          <p><Count name="new-reports" count={inbox.newReports.count} href={inbox.newReports.href} /> 份未读</p>
        </div>
      </div>
      {inbox.overdue.length > 0 && <ItemsTable id="tracked-overdue" caption="已逾期的跟踪事项" items={inbox.overdue} />}
    </section>
  );
}

function DepartmentInbox({ inbox }: { inbox: Inbox<'department'> }) {
  return (
    <section class="card inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{inbox.unit}的工作</h2>
      {inbox.campaigns.length > 0 && (
        <ul class="inbox-rounds" id="unit-campaigns">
          {inbox.campaigns.map((round) => (
            <li>
              <a href={round.href} data-count="campaign-outstanding">{round.roundName}</a>：本单位尚有 <strong>{round.outstanding}</strong> 项清理意见待提出或修改
              {round.returned > 0 && <>（其中被退回 {round.returned} 项）</>}
              {round.submitBy && <>，报送截止 {round.submitBy}{round.late && <span class="overdue-tag">已逾期</span>}</>}
            </li>
          ))}
        </ul>
      )}
      <div class="inbox-grid">
        <div class="inbox-block">
          <h3>本单位负责的事项</h3>
          <p><Count name="unit-items" count={inbox.items.length} href="#unit-items" /> 项（<a href={`/tracking?unit=${encodeURIComponent(inbox.unit)}`}>在跟踪页查看</a>）</p>
        </div>
        <div class="inbox-block">
          <h3>应报告进展</h3>
          <p><Count name="must-report" count={inbox.mustReport.length} href="#must-report" /> 项在 7 日内应报告</p>
        </div>
        <div class="inbox-block">
          <h3>逾期</h3>
          <p><Count name="tracked-overdue" count={inbox.tracked.overdue.length} href="#tracked-overdue" /> 项已过完成时限</p>
        </div>
      </div>
      {inbox.items.length === 0 ? <p class="muted">目前没有由{inbox.unit}负责的跟踪事项。</p> : (
        <table class="inbox-items card-table" id="unit-items">
          <caption>本单位负责的事项</caption>
          <thead><tr><th>事项</th><th>阶段</th><th>完成时限</th><th>上次报告</th><th>下次应报告</th></tr></thead>
          <tbody>
            {inbox.items.map((item) => (
              <tr data-item-id={item.id}>
                <td class="title-cell"><a href={`/tracking/items/${item.id}`}>{item.name}</a></td>
                <td data-label="阶段">{STAGE_LABELS[item.stage]}</td>
                <td class="nowrap" data-label="完成时限">{item.deadline ?? '—'}</td>
                <td class="nowrap" data-label="上次报告">{item.lastReportedOn ?? '尚未报告'}</td>
                <td class="nowrap" data-label="下次应报告">{item.nextReportDue ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inbox.mustReport.length > 0 && (
        <table class="inbox-items card-table" id="must-report">
          <caption>7 日内应报告进展的事项</caption>
          <thead><tr><th>事项</th><th>应报告日期</th><th>报告</th></tr></thead>
          <tbody>
            {inbox.mustReport.map((item) => (
              <tr data-item-id={item.id}>
                <td class="title-cell">{item.name}</td>
                <td class="nowrap" data-label="应报告日期">{item.nextReportDue}</td>
                <td data-label="报告"><a href={`/tracking/items/${item.id}#report-form`}>报告进展</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inbox.tracked.overdue.length > 0 && <ItemsTable id="tracked-overdue" caption="已逾期的事项" items={inbox.tracked.overdue} />}
    </section>
  );
}

function AdminInbox({ inbox }: { inbox: Inbox<'admin'> }) {
  return (
    <section class="card inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">系统管理</h2>
      <div class="inbox-grid">
        <div class="inbox-block">
          <h3>账户</h3>
          <p>共 <Count name="accounts" count={inbox.accounts.total} href="/admin/users" /> 个{inbox.accounts.disabled > 0 && `，其中停用 ${inbox.accounts.disabled} 个`}</p>
          <p class="muted">{Object.entries(inbox.accounts.byRole).map(([role, n]) => `${ROLE_LABELS[role as keyof typeof ROLE_LABELS]} ${n}`).join('，')}</p>
        </div>
        <div class="inbox-block">
          <h3>访问日志</h3>
          <ul class="audit-latest">
            {inbox.recentAudit.map((event) => (
              <li class={event.action === 'auth.sign_in_failed' || event.action === 'auth.locked' ? 'warn' : ''}>
                <span class="muted">{formatTime(event.at)}</span> {ACTION_LABELS[event.action] ?? event.action} {event.actorName ?? event.targetName ?? ''}
              </li>
            ))}
          </ul>
          <p><a href="/admin/audit">查看全部访问日志</a></p>
        </div>
      </div>
    </section>
  );
}

/** The inbox of the home page for the account's role. */
export function RoleInbox({ inbox }: { inbox: HomeInbox }) {
  switch (inbox.role) {
    case 'staff': return <StaffInbox inbox={inbox} />;
    case 'leader': return <LeaderInbox inbox={inbox} />;
    case 'department': return <DepartmentInbox inbox={inbox} />;
    case 'admin': return <AdminInbox inbox={inbox} />;
  }
}

