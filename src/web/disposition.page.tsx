import { can } from '../auth/roles.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { toLines } from '../text/clean-text.js';
import { TitlePicker } from './document-compare.page.js';
import { CATEGORY_LABELS, STATUS_LABELS, REASON_LABELS } from '../review/review.models.js';
import type { ReviewQueries } from '../review/review.queries.js';
import type { ReviewGroundRow, ReviewRoundRow } from '../review/review.table.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { Layout, type Viewer } from './layout.js';
import { HistoryList } from './review-history.js';
import { UnitSelect } from './unit-select.js';
import type { UnitRow } from '../units/units.table.js';
import { CategoryTag } from './review-round.page.js';

type Detail = ReturnType<ReviewQueries['detail']>;
/** Evidence that names another version of the document (or a near copy of it): worth reading side by side. */
const COMPARABLE_REASONS = new Set(['superseded', 'near_duplicate']);
type Brief = Detail['related'][number];

export function DispositionPage({ detail, round, basisCandidates, grounds, items, text, viewer, units = [] }: {
  /** The managed units to choose the responsible unit from. */
  units?: UnitRow[];
  detail: Detail; round: ReviewRoundRow; basisCandidates: Brief[]; grounds: ReviewGroundRow[]; items: TrackingItemRow[];
  /** The text the disposition is about (the document, or a proposal's draft), shown beside the form. */
  text: DispositionText | null; viewer: Viewer;
}) {
  const { disposition: d, related, history } = detail;
  const role = viewer?.user.role;
  const editable = can(role, 'review:propose') && (d.status === 'draft' || d.status === 'returned');
  const mayApprove = can(role, 'review:approve');
  const isProposal = d.documentId === null;
  const groundsById = new Map(grounds.map((g) => [g.id, g]));
  const relatedById = new Map(related.map((r) => [r.id, r]));
  const basisIds = new Set(d.legalBasis.flatMap((b) => ('documentId' in b ? [b.documentId] : [])));
  const candidates = [...new Map([...basisCandidates, ...related].filter((c) => c.id !== d.documentId).map((c) => [c.id, c])).values()];
  const basisTexts = d.legalBasis.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n');
  const categories = isProposal ? (['create'] as const) : (['keep', 'improve', 'abolish'] as const);

  return (
    <Layout title={d.title} active="/review" viewer={viewer} scripts={['disposition.js', 'compare-picker.js']}>
      <p class="breadcrumb"><a href="/review">清理审核</a> › <a href={`/review/${round.id}`}>{round.name}</a> › 清理意见</p>
      <h1>{d.title} <small><span class={`review-status review-status-${d.status}`}>{STATUS_LABELS[d.status]}</span></small></h1>
      {d.document
        ? <p class="doc-line"><a href={`/documents/${d.document.id}`}>查看原文</a> · {d.document.docNumber ?? '无文号'} · {d.document.issuer ?? '发文机关未识别'} · {d.document.issuedOn ?? '日期未识别'}</p>
        : <p class="doc-line">新建制度提议{d.draftDocumentId && <> · <a href={`/documents/${d.draftDocumentId}`}>查看草案</a></>}</p>}
      {d.status === 'returned' && d.comment && <p class="notice">领导意见：{d.comment}</p>}

      <div class={text ? 'disposition-reading' : ''}>
      {text && <DocumentTextColumn text={text} compareFrom={isProposal ? null : d.documentId} />}
      <div class="disposition-layout">
        <section class="card">
          <h2>清理意见</h2>
          <form id="disposition-form" class="disposition-form" data-id={String(d.id)}>
            <datalist id="document-options" />
            <fieldset disabled={!editable}>
              <label>类别
                <select name="category" required>
                  {!isProposal && <option value="" selected={d.category === null}>未定</option>}
                  {categories.map((c) => <option value={c} selected={d.category === c}>{CATEGORY_LABELS[c]}</option>)}
                </select>
              </label>
              <label>清理依据
                <select name="groundId">
                  <option value="">（请选择）</option>
                  {grounds.filter((g) => g.active || g.id === d.ground?.id).map((g) => (
                    <option value={String(g.id)} data-category={g.category} selected={d.ground?.id === g.id}>{g.action}：{g.label}</option>
                  ))}
                </select>
              </label>
              <label class="wide">理由 <textarea name="reason" rows={4}>{d.reason}</textarea></label>
              {isProposal && <>
                <label class="wide">拟新建制度名称 <input name="proposedTitle" value={d.proposedTitle ?? ''} required /></label>
                <label class="wide">适用范围 <input name="proposedScope" value={d.proposedScope ?? ''} /></label>
                <label class="wide">填补的空白 <textarea name="gap" rows={2}>{d.gap ?? ''}</textarea></label>
                <label class="wide">草案（已上传的文件）
                  <input type="search" class="document-picker" data-target="draft" list="document-options" autocomplete="off" placeholder="输入标题查找"
                    value={d.draftDocumentId ? relatedById.get(d.draftDocumentId)?.title ?? `文件 #${d.draftDocumentId}` : ''} />
                  <input type="hidden" name="draftDocumentId" value={d.draftDocumentId ?? ''} />
                </label>
              </>}
              <label>责任单位 <UnitSelect name="responsibleUnit" selected={d.responsibleUnit} units={units} /></label>
              <label>完成时限 <input type="date" name="deadline" value={d.deadline ?? ''} /></label>
              <fieldset class="wide basis">
                <legend>依据</legend>
                {candidates.map((c) => (
                  <label class="check"><input type="checkbox" name="basisDocumentId" value={String(c.id)} checked={basisIds.has(c.id)} /> 《{c.title}》{c.issuedOn ? `（${c.issuedOn}）` : ''}</label>
                ))}
                {[...basisIds].filter((id) => !candidates.some((c) => c.id === id)).map((id) => (
                  <label class="check"><input type="checkbox" name="basisDocumentId" value={String(id)} checked /> 《{relatedById.get(id)?.title ?? `文件 #${id}`}》</label>
                ))}
                <span id="basis-added" />
                <input type="search" class="document-picker" data-target="basis" list="document-options" autocomplete="off" placeholder="添加库中的文件：输入标题查找" aria-label="添加依据文件" />
                <textarea name="basisText" rows={2} placeholder="其他依据，每行一条，如：《中华人民共和国立法法》第九十一条">{basisTexts}</textarea>
              </fieldset>
              <fieldset class="wide items">
                <legend>对应的制度或机制</legend>
                {items.map((item) => <label class="check"><input type="checkbox" name="itemIds" value={String(item.id)} checked={d.itemIds.includes(item.id)} /> {item.name}</label>)}
              </fieldset>
            </fieldset>
            <div class="form-actions">
              {editable && <button type="submit">保存</button>}
              {editable && <button type="button" class="secondary" data-action="submit">保存并提交审核</button>}
              {mayApprove && d.status === 'submitted' && <>
                <button type="button" data-action="approve">批准</button>
                <input name="comment" placeholder="退回意见" aria-label="退回意见" />
                <button type="button" class="secondary" data-action="return">退回</button>
              </>}
              {mayApprove && d.status === 'approved' && <>
                <input name="comment" placeholder="重新打开的原因" aria-label="重新打开的原因" />
                <button type="button" class="secondary" data-action="reopen">重新打开</button>
              </>}
            </div>
            <p class="form-message" role="status" aria-live="polite"></p>
          </form>
        </section>

        <aside>
          {d.suggestion && (
            <section class="card suggestion">
              <h2>系统建议：<CategoryTag category={d.suggestion.category} /></h2>
              {d.suggestion.reasons.length === 0
                ? <p class="muted">未发现需废止或完善的迹象：无新版本、未被废止、未过有效期、引用文件有效、无明显重复。</p>
                : (
                  <ul>
                    {d.suggestion.reasons.map((r) => (
                      <li>
                        <strong>{REASON_LABELS[r.code as keyof typeof REASON_LABELS] ?? r.code}</strong>：{r.message}
                        {r.relatedIds.length > 0 && <span class="related"> {r.relatedIds.slice(0, 5).map((id) => <>
                          <a href={`/documents/${id}`}>《{relatedById.get(id)?.title ?? id}》</a>
                          {d.documentId !== null && COMPARABLE_REASONS.has(r.code) && (
                            <a class="compare-link" href={`/documents/compare?from=${d.documentId}&to=${id}`} title="与本件逐条对照">新旧对照</a>
                          )}
                        </>)}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              {editable && <button type="button" data-action="accept_suggestion">采纳建议</button>}
            </section>
          )}
          {d.acceptedReasons.length > 0 && (
            <section class="card">
              <h2>已采纳的建议理由</h2>
              <ul>{d.acceptedReasons.map((r) => <li>{REASON_LABELS[r.code as keyof typeof REASON_LABELS] ?? r.code}：{r.message}</li>)}</ul>
            </section>
          )}
          <section class="card history">
            <h2>修改记录</h2>
            {history.length === 0 ? <p class="muted">尚无修改。</p> : <HistoryList entries={history} labels={{ grounds: groundsById, items: new Map(items.map((item) => [item.id, item.name])) }} />}
          </section>
        </aside>
      </div>
      </div>
    </Layout>
  );
}

export type DispositionText = { documentId: number; title: string; isDraft: boolean; page: ReturnType<DocumentsRepository['getContentPage']> };

/**
 * The document's text in a column of its own that scrolls apart from the form, so a reviewer reads and
 * decides on one screen; only its first page (about 100,000 characters), with a link to the rest.
 */
function DocumentTextColumn({ text, compareFrom }: { text: DispositionText; compareFrom: number | null }) {
  const { page } = text;
  const headings = new Map(page.structure.nodes.filter((node) => node.kind !== 'article').map((node) => [node.line, node]));
  const articles = new Set(page.structure.nodes.filter((node) => node.kind === 'article').map((node) => node.line));
  return (
    <article class="document-text disposition-text" id="disposition-text" tabindex={0} aria-label={text.isDraft ? '草案全文' : '文件全文'}>
      <h2>{text.isDraft ? '草案' : '原文'}：<a href={`/documents/${text.documentId}`}>{text.title}</a></h2>
      {compareFrom !== null && (
        <form class="compare-picker" method="get" action="/documents/compare" aria-label="与修订稿或其他版本对照">
          <input type="hidden" name="from" value={String(compareFrom)} />
          <TitlePicker name="to" label="与修订稿或其他版本对照" value={null} />
          <div class="form-actions"><button type="submit" class="secondary">对照</button><span class="form-message" role="status" aria-live="polite"></span></div>
        </form>
      )}
      {toLines(page.text).map((line, index) => {
        const heading = headings.get(index);
        return heading ? <h3>{line.replace(/^#+\s*/, '')}</h3> : <p class={articles.has(index) ? 'article' : ''}>{line}</p>;
      })}
      {page.pageCount > 1 && <p class="notice">此处只显示全文的前 {page.text.length.toLocaleString('zh-CN')} 字（共 {page.length.toLocaleString('zh-CN')} 字），<a href={`/documents/${text.documentId}?page=2`}>阅读其余部分</a>。</p>}
    </article>
  );
}
