import { raw } from 'hono/html';
import type { DocumentSummary } from '../documents/documents.models.js';
import { VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import type { DocumentRow } from '../documents/documents.table.js';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { INDEXED_TEXT_CHARS, lineStarts, pageOfOffset } from '../documents/documents.models.js';
import { toLines } from '../text/clean-text.js';
import { DOCUMENT_LEVELS, type DocumentEvidence, type DocumentMetadata, type EvidencedField, type StructureNode } from '../documents/documents.types.js';
import { can } from '../auth/roles.js';
import type { ReviewQueries } from '../review/review.queries.js';
import { TitlePicker } from './document-compare.page.js';
import { DocumentReviewPanel } from './document-review.js';
import { DocumentOcrPanel } from './document-ocr.js';
import { DocumentUnitsPanel } from './document-units.js';
import type { DocumentUnitsView } from '../units/units.usecases.js';
import type { UnitRow } from '../units/units.table.js';
import type { HistoryLabels } from './review-history.js';
import { Layout, type Viewer } from './layout.js';
import { formatBytes } from '../shared/format.js';
import { describeEvidence, FIELD_LABELS, KIND_LABELS, PROVISIONAL_LABELS } from './labels.js';

type Props = {
  document: DocumentSummary; overrides: Partial<DocumentMetadata>; evidence: DocumentEvidence; content: ContentPage; similar: DocumentRow[];
  relations: DocumentRelations; review: DocumentReview | null; historyLabels: HistoryLabels;
  items: { id: number; name: string }[] | null; viewer: Viewer;
  /** The responsible units, and the unit list when the viewer may change them. */
  responsibleUnits?: { view: DocumentUnitsView; units: UnitRow[] | null };
  /** A scan's pages (without their images), for its OCR section. */
  ocrPages?: { pageNumber: number; width: number; height: number; confidence: number | null }[];
};
type DocumentReview = ReturnType<ReviewQueries['document']>;
type ContentPage = ReturnType<DocumentsRepository['getContentPage']>;
type DocumentRelations = ReturnType<ReviewQueries['relationsOf']>;

const anchorOf = (node: StructureNode) => `${node.kind}-${node.number}`;

export function DocumentPage({ document: doc, overrides, evidence, content, similar, relations, review, historyLabels, items, viewer, ocrPages = [], responsibleUnits }: Props) {
  const editable = can(viewer?.user.role, 'documents:write');
  // Structure line numbers count the lines of the search text, which has the same lines as the text. A long
  // text is shown a page at a time; headings and hits lie in its indexed beginning, which places them on their page.
  const starts = lineStarts(content.indexedPrefix);
  const firstLine = content.startOffset <= content.indexedPrefix.length ? starts.filter((start) => start < content.startOffset).length : null;
  const pageOfLine = (line: number) => pageOfOffset(starts[line] ?? 0);
  const lines = toLines(content.text);
  const nodesByLine = new Map(content.structure.nodes.map((node) => [node.line, node]));
  const seenAnchors = new Set<string>();
  const corrected = (field: keyof DocumentMetadata) =>
    field in overrides
      ? <span class="corrected" title="已人工修改">已修改 {editable && <button type="button" class="link" data-reset={field}>还原</button>}</span>
      : null;
  // Where the parser found the value, unless staff corrected it.
  const source = (field: EvidencedField) => {
    const said = field in overrides ? null : describeEvidence(evidence[field]);
    return said && <small class="evidence" data-evidence={field}>{said}</small>;
  };
  const text = (field: 'title' | 'wrapperTitle' | 'docNumber' | 'issuer' | 'docType', wide = false) => (
    <label class={wide ? 'wide' : ''}>
      <span>{FIELD_LABELS[field]} {corrected(field)} {source(field)}</span>
      <input name={field} value={doc[field] ?? ''} />
    </label>
  );
  const date = (field: 'issuedOn' | 'effectiveOn' | 'expiresOn') => (
    <label>
      <span>{FIELD_LABELS[field]} {corrected(field)} {source(field)}</span>
      <input type="date" name={field} value={doc[field] ?? ''} />
    </label>
  );

  return (
    <Layout title={doc.title} active="/documents" viewer={viewer} scripts={[editable ? 'document.js' : 'document-view.js', 'compare-picker.js', ...(responsibleUnits?.units ? ['document-units.js'] : [])]}>
      <p class="breadcrumb"><a href="/documents">文件清单</a> › 文件详情</p>
      <h1 id="doc-title">{doc.title}</h1>
      {doc.wrapperTitle && <p class="wrapper-title">{doc.wrapperTitle}</p>}
      <p class="doc-line">
        <span id="doc-number">{doc.docNumber ?? '无文号'}</span> · {doc.issuer ?? '发文机关未识别'} · {doc.issuedOn ?? '日期未识别'} ·{' '}
        <span class={`status status-${doc.status}`}>{VALIDITY_STATUS_LABELS[doc.status]}</span>
        {doc.kind !== 'official' && <> · <span class="kind" title={describeEvidence(evidence.kind) ?? undefined}>非公文：{KIND_LABELS[doc.kind]}</span></>}
      </p>

      <div class="document-layout">
        <aside class="panel">
          <h2>文件信息</h2>
          <form id="metadata-form" data-document-id={String(doc.id)}>
            <fieldset disabled={!editable}>
            {text('title', true)}
            {text('wrapperTitle', true)}
            {text('docNumber')}
            {text('issuer')}
            {date('issuedOn')}
            {date('effectiveOn')}
            {date('expiresOn')}
            {text('docType')}
            <label>
              <span>{FIELD_LABELS.provisional} {corrected('provisional')}</span>
              <select name="provisional">
                <option value="" selected={!doc.provisional}>否</option>
                {(['interim', 'trial'] as const).map((p) => <option value={p} selected={doc.provisional === p}>{PROVISIONAL_LABELS[p]}</option>)}
              </select>
            </label>
            <label>
              <span>{FIELD_LABELS.level} {corrected('level')}</span>
              <select name="level">
                <option value="" selected={!doc.level}>未确定</option>
                {DOCUMENT_LEVELS.map((level) => <option value={level} selected={doc.level === level}>{level}</option>)}
              </select>
            </label>
            <label>
              <span>{FIELD_LABELS.articleCount} {corrected('articleCount')}</span>
              <input type="number" name="articleCount" min="0" value={String(doc.articleCount)} />
            </label>
            {(['citations', 'repeals'] as const).map((field) => (
              <label class="wide">
                <span>{FIELD_LABELS[field]}（每行一个标题） {corrected(field)}</span>
                <textarea name={field} rows={Math.min(Math.max(doc[field].length, 2), 8)}>{doc[field].join('\n')}</textarea>
              </label>
            ))}
            </fieldset>
            {editable && (
              <div class="form-actions">
                <button type="submit">保存修改</button>
                <span class="form-message" role="status" aria-live="polite"></span>
              </div>
            )}
          </form>
          {editable && (
            <p class="document-actions">
              <button type="button" class="secondary" id="reparse-document">重新识别</button>
              <button type="button" class="secondary danger" id="delete-document">删除文件</button>
            </p>
          )}
          <dl class="facts">
            <dt>原始文件</dt>
            <dd><a href={`/api/documents/${doc.id}/original`} download>{doc.fileName}</a>（{doc.format.toUpperCase()}，{formatBytes(doc.sizeBytes)}）</dd>
          </dl>
          {content.structure.nodes.length > 0 && (
            <nav class="toc" aria-label="目录">
              <h2>目录</h2>
              <ol>
                {content.structure.nodes.filter((n) => n.kind !== 'article').map((node) => (
                  <li class={`toc-${node.kind}`}><a href={`${pageOfLine(node.line) === content.page ? '' : `?page=${pageOfLine(node.line)}`}#${anchorOf(node)}`}>{node.label} {node.heading}</a></li>
                ))}
              </ol>
              <p class="muted">共 {doc.articleCount} 条</p>
            </nav>
          )}
          {similar.length > 0 && (
            <nav class="similar" aria-label="相似文件">
              <h2>相似文件</h2>
              <ul>
                {similar.map((other) => (
                  <li><a href={`/documents/${other.id}`}>{other.title}</a> <span class="muted">{[other.docNumber, other.issuedOn].filter(Boolean).join(' · ')}</span></li>
                ))}
              </ul>
            </nav>
          )}
          <form class="compare-picker compare-with" method="get" action="/documents/compare" aria-label="与其他文件对照">
            <input type="hidden" name="from" value={String(doc.id)} />
            <TitlePicker name="to" label="与其他文件对照（本件为旧版本）" value={null} />
            <div class="form-actions"><button type="submit" class="secondary">对照</button><span class="form-message" role="status" aria-live="polite"></span></div>
          </form>
          {responsibleUnits && <DocumentUnitsPanel documentId={doc.id} {...responsibleUnits} />}
          <DocumentReviewPanel documentId={doc.id} relations={relations} review={review} labels={historyLabels} items={items} />
        </aside>

        <article class="document-text">
          {doc.ocr && <DocumentOcrPanel documentId={doc.id} ocr={doc.ocr} pages={ocrPages} text={content.text} editable={editable} />}
          {content.html && content.page === 1 && (
            <p class="view-switch">
              <a href="#text-view" class="active">文本</a> · <a href="#html-view">原版式</a>
            </p>
          )}
          {content.length > INDEXED_TEXT_CHARS && (
            <p class="notice" id="long-text-notice">
              全文共 {content.length.toLocaleString('zh-CN')} 字，较长：仅前 {INDEXED_TEXT_CHARS / 10_000} 万字用于识别文号、日期、条文等信息和全文检索，其后的内容可在此阅读，但检索不到。
            </p>
          )}
          <TextPager page={content.page} pageCount={content.pageCount} />
          <section id="text-view">
            {lines.map((line, offset) => {
              const index = firstLine === null ? null : firstLine + offset;
              const node = index === null ? undefined : nodesByLine.get(index);
              const anchor = node && !seenAnchors.has(anchorOf(node)) ? anchorOf(node) : undefined;
              if (anchor) seenAnchors.add(anchor);
              const id = anchor ?? (index === null ? undefined : `l${index}`);
              if (node && node.kind !== 'article') return <h3 id={id} class={`heading-${node.kind}`}>{line.replace(/^#+\s*/, '')}</h3>;
              return <p id={id} class={node ? 'article' : ''}>{line}</p>;
            })}
          </section>
          <TextPager page={content.page} pageCount={content.pageCount} />
          {/* mammoth and HTML inputs are sanitised when imported; nothing else is inserted unescaped. */}
          {content.html && content.page === 1 && <section id="html-view" class="html-view" hidden>{raw(content.html)}</section>}
        </article>
      </div>
    </Layout>
  );
}

/** Links to the other pages of a long text: the first, the last, and those near this one. */
function TextPager({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label="正文分页">
      {page > 1 && <a href={`?page=${page - 1}`}>上一页</a>}
      {shown.map((p, index) => (
        <>
          {index > 0 && p - shown[index - 1]! > 1 && <span>…</span>}
          {p === page ? <strong aria-current="page">{p}</strong> : <a href={`?page=${p}`}>{p}</a>}
        </>
      ))}
      {page < pageCount && <a href={`?page=${page + 1}`}>下一页</a>}
      <span class="muted">共 {pageCount} 页</span>
    </nav>
  );
}
