import { can } from '../auth/roles.js';
import { CATEGORY_LABELS, STATUS_LABELS } from '../review/review.models.js';
import type { DispositionStatus } from '../review/review.table.js';
import { isOverdue, keywordsOf, KIND_LABELS, nextStage, STAGE_LABELS } from '../tracking/tracking.models.js';
import { STAGES, TRACKING_KINDS } from '../tracking/tracking.table.js';
import type { trackingItemDetail } from '../tracking/tracking.usecases.js';
import { Highlighted } from './search.page.js';
import { formatTime } from './review-history.js';
import { formatBytes } from '../shared/format.js';
import { Layout, type Viewer } from './layout.js';
import { UnitSelect } from './unit-select.js';
import type { UnitRow } from '../units/units.table.js';
import { StageProgress } from './tracking.page.js';

type Props = ReturnType<typeof trackingItemDetail> & { today: string; viewer: Viewer; units?: UnitRow[] };

export function TrackingItemPage({ item, reports, documents, dispositions, suggestions, today, viewer, units = [] }: Props) {
  const role = viewer?.user.role;
  const mayManage = can(role, 'tracking:manage');
  const mayReport = can(role, 'tracking:report') && (mayManage || (item.responsibleUnitId !== null && item.responsibleUnitId === viewer?.user.unitId));
  const mayEditList = can(role, 'tracking:items');
  const next = nextStage(item.stage);
  const overdue = isOverdue(item, today);
  return (
    <Layout title={item.name} active="/tracking" viewer={viewer} scripts={['tracking-item.js']}>
      <p class="breadcrumb"><a href="/tracking">八项制度·六项机制</a> › {KIND_LABELS[item.kind]}</p>
      <h1 id="item-name">{item.name} <small><StageProgress stage={item.stage} /> <span id="item-stage">{STAGE_LABELS[item.stage]}</span></small></h1>
      <p class="doc-line">责任单位：{item.responsibleUnit ?? '未明确'} · 牵头人：{item.lead ?? '未明确'} · 完成时限：{item.deadline ?? '未明确'}
        {overdue && <span class="overdue-tag">逾期</span>}</p>

      <div class="disposition-layout" data-item-id={String(item.id)} id="item">
        <section>
          {mayReport && (
            <section class="card">
              <h2>报送进展</h2>
              <form id="report-form" class="stacked">
                <label>进展情况 <textarea name="text" rows={3} required /></label>
                <label>日期 <input type="date" name="reportedOn" value={today} /></label>
                {next && <label class="check"><input type="checkbox" name="advance" value="true" /> 本次进展使事项进入下一阶段：{STAGE_LABELS[next]}</label>}
                <label>附件 <input type="file" name="files" multiple /></label>
                <div><button type="submit">报送</button></div>
                <p class="form-message" role="status" aria-live="polite"></p>
              </form>
            </section>
          )}
          <section class="card history">
            <h2>进展记录</h2>
            {reports.length === 0
              ? <p class="muted">尚无进展报送。</p>
              : (
                <ol id="reports">
                  {reports.map((report) => (
                    <li>
                      <span class="muted">{report.reportedOn} · {report.unit ?? ''} {report.actorName ?? ''}（{formatTime(report.at)} 录入）</span>
                      {report.stageTo && <strong> {report.stageFrom ? `${STAGE_LABELS[report.stageFrom]} → ` : ''}{STAGE_LABELS[report.stageTo]}</strong>}
                      <div>{report.text}</div>
                      {report.attachments.length > 0 && (
                        <ul class="changes">{report.attachments.map((a) => <li><a href={`/api/tracking/attachments/${a.id}`} download>{a.fileName}</a>（{formatBytes(a.sizeBytes)}）</li>)}</ul>
                      )}
                    </li>
                  ))}
                </ol>
              )}
          </section>
        </section>

        <aside>
          <section class="card">
            <h2>已关联的文件（{documents.length}）</h2>
            {documents.length === 0 ? <p class="muted">尚无。</p> : <ul id="linked-documents">{documents.map((d) => <li><a href={`/documents/${d.id}`}>{d.title}</a> <span class="muted">{[d.docNumber, d.issuedOn].filter(Boolean).join(' · ')}</span></li>)}</ul>}
            {dispositions.length > 0 && (
              <>
                <h3>服务本事项的清理意见</h3>
                <ul>{dispositions.map((d) => (
                  <li><a href={`/review/dispositions/${d.id}`}>{d.title}</a>：{d.category ? CATEGORY_LABELS[d.category] : '未定'}（{STATUS_LABELS[d.status as DispositionStatus]}）{d.deadline && <span class="muted"> 时限 {d.deadline}</span>}</li>
                ))}</ul>
              </>
            )}
          </section>
          <section class="card">
            <h2>可能相关的文件</h2>
            <p class="muted">按关键词检索：{keywordsOf(item).join('、')}</p>
            {suggestions.length === 0
              ? <p class="muted">没有待确认的文件。</p>
              : (
                <ul id="link-suggestions">
                  {suggestions.map((s) => (
                    <li data-document-id={String(s.id)}>
                      <a href={`/documents/${s.id}`}>{s.title}</a> <span class="muted">{s.issuedOn ?? ''}</span>
                      <div class="snippet"><Highlighted {...s.snippet} /></div>
                      {mayManage && <span><button type="button" class="link" data-link="accept">确认关联</button> <button type="button" class="link" data-link="reject">不相关</button></span>}
                    </li>
                  ))}
                </ul>
              )}
          </section>
          {mayManage && (
            <section class="card">
              <h2>分工与时限</h2>
              <form id="assignment-form" class="stacked">
                <label>责任单位 <UnitSelect name="responsibleUnit" selected={item.responsibleUnit} units={units} /></label>
                <label>牵头人 <input name="lead" value={item.lead ?? ''} /></label>
                <label>完成时限 <input type="date" name="deadline" value={item.deadline ?? ''} /></label>
                <label>阶段（更正用） <select name="stage">{STAGES.map((s) => <option value={s} selected={s === item.stage}>{STAGE_LABELS[s]}</option>)}</select></label>
                <label>检索关键词（用顿号或逗号分隔） <input name="keywords" value={item.keywords.join('、')} placeholder={keywordsOf(item).join('、')} /></label>
                <div><button type="submit">保存</button></div>
                <p class="form-message" role="status" aria-live="polite"></p>
              </form>
            </section>
          )}
          {mayEditList && (
            <section class="card">
              <h2>事项设置</h2>
              <form id="definition-form" class="stacked">
                <label>名称 <input name="name" value={item.name} required /></label>
                <label>类别 <select name="kind">{TRACKING_KINDS.map((k) => <option value={k} selected={k === item.kind}>{KIND_LABELS[k]}</option>)}</select></label>
                <label>排序 <input type="number" name="sortOrder" value={item.sortOrder} min="0" /></label>
                <div><button type="submit">保存</button> <button type="button" class="secondary danger" id="remove-item">删除事项</button></div>
                <p class="form-message" role="status" aria-live="polite"></p>
              </form>
            </section>
          )}
        </aside>
      </div>
    </Layout>
  );
}
