import { can } from '../auth/roles.js';
import type { CampaignOverview } from '../review/campaign.queries.js';
import { CATEGORY_LABELS, STATUS_LABELS, type DispositionView } from '../review/review.models.js';
import { CATEGORIES, DISPOSITION_STATUSES, type ReviewGroundRow } from '../review/review.table.js';
import { BarChart } from './charts.js';
import { Layout, type Viewer } from './layout.js';
import { CategoryTag } from './review-round.page.js';

type Props = {
  overview: CampaignOverview;
  grounds: ReviewGroundRow[];
  units: { id: number; name: string }[];
  viewer: Viewer;
};

const EVENT_LABELS = { reported: '报送', returned: '退回', reminded: '催报' } as const;
const dateTime = (at: Date) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

function GroundSelect({ grounds, category, selected, name = 'groundId' }: { grounds: ReviewGroundRow[]; category: string | null; selected: number | null; name?: string }) {
  return (
    <select name={name} aria-label="清理依据" data-ground-select>
      <option value="">（选择依据）</option>
      {grounds.filter((g) => g.active || g.id === selected).map((g) => (
        <option value={String(g.id)} data-category={g.category} selected={g.id === selected} hidden={category !== null && g.category !== category}>{g.action}：{g.label}</option>
      ))}
    </select>
  );
}

function CategorySelect({ selected, proposal }: { selected: string | null; proposal: boolean }) {
  const categories = proposal ? (['create'] as const) : (['keep', 'improve', 'abolish'] as const);
  return (
    <select name="category" aria-label="类别" data-category-select>
      {!proposal && <option value="">（选择类别）</option>}
      {categories.map((c) => <option value={c} selected={selected === c}>{CATEGORY_LABELS[c]}</option>)}
    </select>
  );
}

/** The suggestion and its evidence, as the department sees it beside its own proposal. */
function Evidence({ disposition }: { disposition: DispositionView }) {
  const suggestion = disposition.suggestion;
  if (!suggestion) return <span class="muted">无系统建议</span>;
  return (
    <div class="evidence">
      <CategoryTag category={suggestion.category} />
      <ul>
        {suggestion.reasons.map((reason) => (
          <li>{reason.message}{reason.relatedIds.map((id) => <> <a href={`/documents/${id}`}>相关文件</a></>)}</li>
        ))}
      </ul>
    </div>
  );
}

function Decision({ disposition, grounds }: { disposition: DispositionView; grounds: Map<number, ReviewGroundRow> }) {
  const unit = disposition.unitProposal;
  const unitGround = unit?.groundId ? grounds.get(unit.groundId) : undefined;
  return (
    <div>
      <CategoryTag category={disposition.category} />
      {disposition.ground && <span class="muted"> {disposition.ground.action}：{disposition.ground.label}</span>}
      {disposition.reason && <p class="result-meta">理由：{disposition.reason}</p>}
      {disposition.deadline && <p class="result-meta">完成时限：{disposition.deadline}</p>}
      {disposition.officeNote && unit && (
        <p class="result-meta unit-proposal">部门原意见：{CATEGORY_LABELS[unit.category]}{unitGround ? `（${unitGround.action}：${unitGround.label}）` : ''}{unit.reason ? `，${unit.reason}` : ''}；法制机构意见：{disposition.officeNote}</p>
      )}
    </div>
  );
}

function Status({ disposition }: { disposition: DispositionView }) {
  return (
    <>
      <span class={`review-status review-status-${disposition.status}`}>{STATUS_LABELS[disposition.status]}</span>
      {disposition.status === 'returned' && disposition.comment && <span class="result-meta returned-comment">退回意见：{disposition.comment}</span>}
    </>
  );
}

/** A department's own list: its proposal for each item, the suggestions beside, 新建 and 报送. */
function UnitInbox({ overview, grounds, groundsById }: { overview: CampaignOverview; grounds: ReviewGroundRow[]; groundsById: Map<number, ReviewGroundRow> }) {
  const unit = overview.unit!;
  const line = overview.lines.find((l) => l.unitId === unit.id);
  const editable = unit.dispositions.filter((d) => d.status === 'draft' || d.status === 'returned');
  const undecided = editable.filter((d) => d.category === null && d.suggestion);
  return (
    <section aria-label="本单位清理意见" id="unit-inbox">
      <h2>{unit.name}：本单位的清理意见</h2>
      <p>
        共 {line?.owned ?? 0} 项；未报送 {line?.outstanding ?? 0} 项，已报送待审核 {line?.proposed ?? 0} 项，已审核 {line?.reviewed ?? 0} 项，已批准 {line?.approved ?? 0} 项。
        {overview.round.submitBy && <> 报送截止：<strong>{overview.round.submitBy}</strong>。</>}
        {line?.late && <strong class="late"> 已逾期，请尽快报送。</strong>}
      </p>
      {overview.events.length > 0 && (
        <ul class="campaign-events card" id="campaign-events">
          {overview.events.map((event) => (
            <li class={`event-${event.kind}`}>{dateTime(event.at)} 法制机构{event.kind === 'reported' ? '收到本单位报送' : EVENT_LABELS[event.kind]}{event.actorName && event.kind === 'reported' ? `（${event.actorName}）` : ''}：{event.text}</li>
          ))}
        </ul>
      )}
      {undecided.length > 0 && (
        <p><button type="button" id="accept-suggestions" data-ids={undecided.map((d) => d.id).join(',')}>对尚未定类的 {undecided.length} 项采纳系统建议</button></p>
      )}
      <table class="card-table campaign-items">
        <thead><tr><th>文件</th><th>系统建议及依据</th><th>本单位意见</th><th>状态</th></tr></thead>
        <tbody>
          {unit.dispositions.map((d) => (
            <tr data-id={String(d.id)}>
              <td class="title-cell" data-label="文件">
                <a href={`/review/dispositions/${d.id}`}>{d.title}</a>
                <span class="result-meta">{d.document ? `${d.document.docNumber ?? '无文号'} · ${d.document.issuedOn ?? '日期未识别'}` : '新建制度提议'}</span>
              </td>
              <td data-label="系统建议"><Evidence disposition={d} /></td>
              <td data-label="本单位意见">
                {d.status === 'draft' || d.status === 'returned'
                  ? (
                    <form class="item-form stacked" data-id={String(d.id)}>
                      <CategorySelect selected={d.category} proposal={d.documentId === null} />
                      <GroundSelect grounds={grounds} category={d.category} selected={d.ground?.id ?? null} />
                      <textarea name="reason" rows={2} aria-label="理由" placeholder="理由">{d.reason}</textarea>
                      <label>完成时限（修改、新建） <input type="date" name="deadline" value={d.deadline ?? ''} /></label>
                      <div><button type="submit" class="secondary">保存</button></div>
                      <p class="form-message" role="status" aria-live="polite"></p>
                    </form>
                  )
                  : <Decision disposition={d} grounds={groundsById} />}
              </td>
              <td data-label="状态"><Status disposition={d} /></td>
            </tr>
          ))}
        </tbody>
      </table>

      <details class="card spaced" id="unit-proposal">
        <summary>提出新建制度（本单位）</summary>
        <form id="unit-proposal-form" class="stacked" data-round-id={String(overview.round.id)}>
          <label>拟新建制度名称 <input name="proposedTitle" required /></label>
          <label>适用范围 <input name="proposedScope" /></label>
          <label>填补的空白 <textarea name="gap" rows={2} /></label>
          <label>理由 <textarea name="reason" rows={2} /></label>
          <label>完成时限 <input type="date" name="deadline" /></label>
          <div><button type="submit">提出</button></div>
          <p class="form-message" role="status" aria-live="polite"></p>
        </form>
      </details>

      <form id="report-form" class="card spaced stacked" data-round-id={String(overview.round.id)}>
        <h3>报送本单位清理意见</h3>
        <p class="muted">报送后不能再修改，法制机构退回后方可修改。本次将报送 {editable.length} 项。</p>
        <label>报送说明 <textarea name="statement" rows={3} required placeholder="如：经本单位集体研究，现将清理意见报送。" /></label>
        <div><button type="submit" disabled={editable.length === 0}>报送</button></div>
        <p class="form-message" role="status" aria-live="polite"></p>
      </form>
    </section>
  );
}

/** The legal office's review of one unit's list: agree, amend, return single items or the whole list, reassign. */
function UnitReview({ overview, grounds, groundsById, units, mayManage }: {
  overview: CampaignOverview; grounds: ReviewGroundRow[]; groundsById: Map<number, ReviewGroundRow>; units: { id: number; name: string }[]; mayManage: boolean;
}) {
  const unit = overview.unit!;
  const unitEvents = overview.events.filter((e) => e.unitId === unit.id);
  const proposed = unit.dispositions.filter((d) => d.status === 'proposed');
  return (
    <section aria-label="单位清理意见审核" id="unit-review" data-round-id={String(overview.round.id)} data-unit-id={String(unit.id)}>
      <h2>{unit.name}的清理意见 <small><a href={`/campaign/${overview.round.id}`}>返回各单位进度</a></small></h2>
      {unitEvents.length > 0 && (
        <ul class="campaign-events card">
          {unitEvents.map((event) => <li>{dateTime(event.at)} {EVENT_LABELS[event.kind]}（{event.actorName ?? ''}，{event.itemCount} 项）：{event.text}</li>)}
        </ul>
      )}
      {mayManage && proposed.length > 0 && (
        <div class="bulk-bar card" id="review-bar">
          <span class="muted">待审核 {proposed.length} 项；已选 <strong id="selected-count">0</strong> 项：</span>
          <button type="button" data-review="agree">同意</button>
          <input id="review-comment" placeholder="退回意见" aria-label="退回意见" />
          <button type="button" class="secondary" data-review="return">退回所选</button>
          <button type="button" class="secondary" id="return-unit">整单退回</button>
          <p class="form-message" id="review-message" role="status" aria-live="polite"></p>
        </div>
      )}
      <table class="card-table campaign-items">
        <thead><tr>{mayManage && <th><span class="visually-hidden">选择</span></th>}<th>文件</th><th>系统建议及依据</th><th>清理意见</th><th>状态</th>{mayManage && <th>审核</th>}</tr></thead>
        <tbody>
          {unit.dispositions.map((d) => (
            <tr data-id={String(d.id)}>
              {mayManage && <td class="select-cell">{d.status === 'proposed' && <input type="checkbox" name="selected" value={String(d.id)} aria-label={`选择 ${d.title}`} />}</td>}
              <td class="title-cell" data-label="文件"><a href={`/review/dispositions/${d.id}`}>{d.title}</a></td>
              <td data-label="系统建议"><Evidence disposition={d} /></td>
              <td data-label="清理意见"><Decision disposition={d} grounds={groundsById} /></td>
              <td data-label="状态"><Status disposition={d} /></td>
              {mayManage && (
                <td data-label="审核">
                  {d.status === 'proposed' && (
                    <details class="amend">
                      <summary>修改意见</summary>
                      <form class="amend-form stacked" data-id={String(d.id)}>
                        <CategorySelect selected={d.category} proposal={d.documentId === null} />
                        <GroundSelect grounds={grounds} category={d.category} selected={d.ground?.id ?? null} />
                        <textarea name="reason" rows={2} aria-label="法制机构的理由">{d.reason}</textarea>
                        <label>完成时限 <input type="date" name="deadline" value={d.deadline ?? ''} /></label>
                        <textarea name="note" rows={2} required aria-label="修改说明" placeholder="修改说明（为何不同意部门意见）" />
                        <div><button type="submit">修改并通过</button></div>
                        <p class="form-message" role="status" aria-live="polite"></p>
                      </form>
                    </details>
                  )}
                  {(d.status === 'draft' || d.status === 'returned') && (
                    <form class="owner-form" data-id={String(d.id)}>
                      <select name="unitId" aria-label="改派单位">
                        <option value="">法制机构</option>
                        {units.map((u) => <option value={String(u.id)} selected={u.id === d.ownerUnitId}>{u.name}</option>)}
                      </select>
                      <button type="submit" class="secondary">改派</button>
                    </form>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** 谁制定、谁清理: the campaign's dashboard for the legal office and leaders, each department's own list for it. */
export function CampaignPage({ overview, grounds, units, viewer }: Props) {
  const role = viewer?.user.role;
  const mayManage = can(role, 'campaign:manage');
  const isDepartment = can(role, 'campaign:propose');
  const { round, lines, totals, counts } = overview;
  const groundsById = new Map(grounds.map((g) => [g.id, g]));
  return (
    <Layout title={`${round.name} · 部门清理`} active="/review" viewer={viewer} scripts={['campaign.js']}>
      <p class="breadcrumb"><a href="/review">清理审核</a> › <a href={`/review/${round.id}`}>{round.name}</a> › 部门清理</p>
      <h1>{round.name} <small>谁制定、谁清理{round.submitBy ? `；报送截止 ${round.submitBy}` : ''}</small></h1>

      {round.mode === 'office' && (
        mayManage
          ? (
            <form id="launch-form" class="card stacked" data-round-id={String(round.id)}>
              <h2>启动部门清理</h2>
              <p>启动后，每件文件交由其责任单位提出清理意见并报送，法制机构审核后报领导审定；没有责任单位的文件仍由法制机构处理。</p>
              <label>报送截止日期 <input type="date" name="submitBy" /></label>
              <div><button type="submit">启动部门清理</button></div>
              <p class="form-message" role="status" aria-live="polite"></p>
            </form>
          )
          : <p class="empty">本批次由法制机构直接清理，未启动部门清理。</p>
      )}

      {round.mode === 'campaign' && isDepartment && overview.unit && <UnitInbox overview={overview} grounds={grounds} groundsById={groundsById} />}

      {round.mode === 'campaign' && !isDepartment && (
        <>
          <section class="dashboard" aria-label="清理进度">
            <BarChart title={`按类别（共 ${counts.total} 项）`} bars={[
              ...CATEGORIES.map((category) => ({ label: CATEGORY_LABELS[category], value: counts.byCategory[category], className: `bar-${category}` })),
              { label: '未定', value: counts.byCategory.undecided, className: 'bar-none' },
            ]} />
            <BarChart title="按审核状态" bars={DISPOSITION_STATUSES.map((status) => ({ label: STATUS_LABELS[status], value: counts.byStatus[status], className: `bar-status-${status}` }))} />
            <BarChart title={`各单位报送（共 ${totals.units} 个单位）`} bars={[
              { label: '未报送', value: totals.outstanding, className: 'bar-status-draft' },
              { label: '待法制审核', value: totals.proposed, className: 'bar-status-proposed' },
              { label: '待领导审定', value: totals.reviewed, className: 'bar-status-submitted' },
              { label: '已批准', value: totals.approved, className: 'bar-status-approved' },
            ]} />
            <div class="todo card">
              <h2>待处理</h2>
              <ul>
                <li>逾期未报送的单位：{totals.lateUnits} 个</li>
                <li>部门已报送、待法制机构审核：{totals.proposed} 项</li>
                <li><a href={`/review/${round.id}?status=submitted`}>待领导审定</a>：{counts.byStatus.submitted} 项</li>
              </ul>
            </div>
          </section>

          <table class="card-table" id="campaign-units">
            <thead><tr><th>单位</th><th>承办</th><th>已拟定</th><th>未报送</th><th>待法制审核</th><th>待领导审定</th><th>已退回</th><th>已批准</th><th>最近报送</th><th>催报</th><th></th></tr></thead>
            <tbody>
              {lines.map((line) => (
                <tr class={line.late ? 'late' : ''} data-unit-id={line.unitId === null ? '' : String(line.unitId)}>
                  <td data-label="单位">{line.unitId === null ? line.unit : <a href={`/campaign/${round.id}?unit=${line.unitId}`}>{line.unit}</a>}{line.late && <strong class="late-tag"> 逾期</strong>}{!line.late && line.reportedLate && <span class="late-tag"> 逾期报送</span>}</td>
                  <td data-label="承办">{line.owned}</td>
                  <td data-label="已拟定">{line.drafted}</td>
                  <td data-label="未报送">{line.outstanding}</td>
                  <td data-label="待法制审核">{line.proposed}</td>
                  <td data-label="待领导审定">{line.reviewed}</td>
                  <td data-label="已退回">{line.returned}</td>
                  <td data-label="已批准">{line.approved}</td>
                  <td data-label="最近报送">{line.lastReport ? `${dateTime(line.lastReport.at)}（${line.lastReport.itemCount} 项）` : '—'}</td>
                  <td data-label="催报">{line.reminders}</td>
                  <td data-label="操作">{mayManage && line.unitId !== null && line.outstanding > 0 && (
                    <button type="button" class="secondary remind" data-unit-id={String(line.unitId)} data-round-id={String(round.id)}>催报</button>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="form-message" id="campaign-message" role="status" aria-live="polite"></p>

          {overview.unit && <UnitReview overview={overview} grounds={grounds} groundsById={groundsById} units={units} mayManage={mayManage} />}
        </>
      )}
    </Layout>
  );
}
