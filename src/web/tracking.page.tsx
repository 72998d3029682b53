import { can } from '../auth/roles.js';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { KIND_LABELS, STAGE_LABELS } from '../tracking/tracking.models.js';
import { STAGES, TRACKING_KINDS, type Stage } from '../tracking/tracking.table.js';
import type { TrackingDashboard } from '../tracking/tracking.usecases.js';
import type { TrackingRepository } from '../tracking/tracking.repository.js';
import { chineseDate } from '../shared/official-layout.js';
import { BarChart } from './charts.js';
import { Layout, type Viewer } from './layout.js';

type Item = TrackingDashboard['items'][number];

/** Five segments, filled up to the item's stage: where it stands at a glance, in print too. */
export function StageProgress({ stage }: { stage: Stage }) {
  const reached = STAGES.indexOf(stage);
  return (
    <svg class="stage-progress" viewBox="0 0 150 12" role="img" aria-label={`当前阶段：${STAGE_LABELS[stage]}（第 ${reached + 1} / ${STAGES.length} 阶段）`}>
      {STAGES.map((s, i) => <rect x={i * 30 + 1} y="1" width="28" height="10" rx="2" class={i <= reached ? 'stage-done' : 'stage-todo'}><title>{STAGE_LABELS[s]}</title></rect>)}
    </svg>
  );
}

function ItemRow({ item }: { item: Item }) {
  return (
    <tr class={item.overdue ? 'overdue' : ''} data-item-id={String(item.id)}>
      <td data-label="事项"><a href={`/tracking/items/${item.id}`}>{item.name}</a></td>
      <td data-label="责任单位">{item.responsibleUnit ?? <span class="muted">未明确</span>}</td>
      <td class="nowrap" data-label="完成时限">{item.deadline ?? '—'}{item.overdue && <span class="overdue-tag">逾期</span>}</td>
      <td class="nowrap stage-cell" data-label="阶段"><StageProgress stage={item.stage} /> <span class="stage-label">{STAGE_LABELS[item.stage]}</span></td>
      {(['keep', 'improve', 'abolish', 'create'] as const).map((c) => (
        // Labelled for the cards of a narrow screen; the counts after the first share its "关联文件：".
        <td class="count" data-label={`关联文件：${CATEGORY_LABELS[c]}`} data-short-label={CATEGORY_LABELS[c]}>{item.coverage[c]}</td>
      ))}
      <td class="latest" data-label="最新进展">{item.latestReport ? <><span class="muted">{item.latestReport.reportedOn}</span> {item.latestReport.text}</> : <span class="muted">尚无报送</span>}</td>
    </tr>
  );
}

type Briefing = ReturnType<TrackingRepository['briefings']>[number];

/** The briefings: the next one as a 样稿, issuing it, the issues so far, and who issues them. */
function BriefingsCard({ briefings, office, viewer }: { briefings: Briefing[]; office: { office: string; reportTo: string; copyTo: string }; viewer: Viewer }) {
  const next = (briefings[0]?.number ?? 0) + 1;
  return (
    <section class="card spaced" id="briefings">
      <h2>工作简报</h2>
      <p>
        <a class="button secondary" href="/api/tracking/briefing" id="download-briefing">下载第{next}期样稿（.docx）</a>
        {can(viewer?.user.role, 'tracking:manage') && <> <button type="button" id="issue-briefing" data-number={String(next)}>印发第{next}期</button></>}
      </p>
      <p class="form-message" role="status" aria-live="polite"></p>
      {briefings.length === 0
        ? <p class="muted">尚未印发简报。</p>
        : (
          <ul class="briefing-list">
            {briefings.map((b) => <li><a href={`/api/tracking/briefings/${b.id}/file`}>第{b.number}期</a> <span class="muted">{chineseDate(b.issuedOn)} · {b.office} · {b.issuedByName ?? ''}</span></li>)}
          </ul>
        )}
      {can(viewer?.user.role, 'office:settings')
        ? (
          <form id="office-settings-form" class="inline-form">
            <label>编印单位 <input name="office" required maxlength={100} value={office.office} /></label>
            <label>报送 <input name="reportTo" maxlength={300} value={office.reportTo} placeholder="如：市委、市政府领导" /></label>
            <label>抄送 <input name="copyTo" maxlength={300} value={office.copyTo} placeholder="如：各县（区）司法局" /></label>
            <button type="submit">保存</button>
          </form>
        )
        : <p class="muted">编印单位：{office.office}</p>}
    </section>
  );
}

export function TrackingPage({ dashboard, unit, due, days, briefings, office, viewer }: {
  dashboard: TrackingDashboard; unit: string | undefined; due: { overdue: Item[]; dueSoon: Item[] }; days: number;
  briefings: Briefing[]; office: { office: string; reportTo: string; copyTo: string }; viewer: Viewer;
}) {
  const { items, units } = dashboard;
  const role = viewer?.user.role;
  const mayEditList = can(role, 'tracking:items');
  const needsScript = mayEditList || can(role, 'tracking:manage') || can(role, 'office:settings');
  return (
    <Layout title="八项制度·六项机制" active="/tracking" viewer={viewer} scripts={needsScript ? ['tracking.js'] : []}>
      <h1>八项制度·六项机制 <small>{unit ? `${unit}负责的 ` : ''}{items.length} 项</small></h1>
      <form class="filters" method="get" action="/tracking">
        <select name="unit" aria-label="责任单位">
          <option value="">全部责任单位</option>
          {units.map((u) => <option value={u} selected={u === unit}>{u}</option>)}
        </select>
        <button type="submit">查看</button>
        <a class="button secondary" href="#briefings">工作简报</a>
      </form>

      <section class="dashboard">
        <BarChart title="按阶段" bars={STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: items.filter((i) => i.stage === stage).length, className: `bar-stage-${stage}` }))} />
        <div class="card reminders">
          <h2>提醒</h2>
          {due.overdue.length + due.dueSoon.length === 0 && <p class="muted">没有逾期或 {days} 天内到期的事项。</p>}
          <ul>
            {due.overdue.map((item) => <li class="overdue"><a href={`/tracking/items/${item.id}`}>{item.name}</a>：已于 {item.deadline} 到期，尚在{STAGE_LABELS[item.stage]}阶段</li>)}
            {due.dueSoon.map((item) => <li><a href={`/tracking/items/${item.id}`}>{item.name}</a>：{item.deadline} 到期，尚在{STAGE_LABELS[item.stage]}阶段</li>)}
          </ul>
        </div>
      </section>

      <table class="tracking-matrix card-table">
        <thead>
          <tr><th rowspan={2}>事项</th><th rowspan={2}>责任单位</th><th rowspan={2}>完成时限</th><th rowspan={2}>阶段</th><th colspan={4}>关联文件</th><th rowspan={2}>最新进展</th></tr>
          <tr>{(['keep', 'improve', 'abolish', 'create'] as const).map((c) => <th class="count">{CATEGORY_LABELS[c]}</th>)}</tr>
        </thead>
        {TRACKING_KINDS.map((kind) => {
          const group = items.filter((item) => item.kind === kind);
          if (group.length === 0) return null;
          return (
            <tbody>
              <tr class="group"><th colspan={9}>{kind === 'institution' ? '完善的制度' : '创新的机制'}（{group.length} 项）</th></tr>
              {group.map((item) => <ItemRow item={item} />)}
            </tbody>
          );
        })}
      </table>

      <BriefingsCard briefings={briefings} office={office} viewer={viewer} />

      {mayEditList && (
        <section class="card spaced">
          <h2>增加事项</h2>
          <form id="new-item-form" class="inline-form">
            <input name="name" required placeholder="名称，如 政务公开制度" aria-label="名称" />
            <select name="kind" aria-label="类别">{TRACKING_KINDS.map((k) => <option value={k}>{KIND_LABELS[k]}</option>)}</select>
            <button type="submit">增加</button>
          </form>
          <p class="form-message" role="status" aria-live="polite"></p>
        </section>
      )}
    </Layout>
  );
}
