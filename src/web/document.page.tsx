import { raw } from 'hono/html';
import type { DocumentSummary } from '../documents/documents.models.js';
import { VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import type { DocumentContentRow, DocumentRow } from '../documents/documents.table.js';
import { toLines } from '../ingest/metadata/clean-text.js';
import { DOCUMENT_LEVELS, type DocumentMetadata } from '../ingest/metadata/metadata.types.js';
import type { StructureNode } from '../ingest/metadata/structure.js';
import { can } from '../auth/roles.js';
import type { ReviewQueries } from '../review/review.queries.js';
import { DocumentReviewPanel } from './document-review.js';
import { DocumentOcrPanel } from './document-ocr.js';
import type { HistoryLabels } from './review-history.js';
import { Layout, type Viewer } from './layout.js';
import { formatBytes } from '../shared/format.js';
import { FIELD_LABELS, PROVISIONAL_LABELS } from './labels.js';

type Props = {
  document: DocumentSummary; overrides: Partial<DocumentMetadata>; content: DocumentContentRow; similar: DocumentRow[];
  relations: DocumentRelations; review: DocumentReview | null; historyLabels: HistoryLabels;
  items: { id: number; name: string }[] | null; viewer: Viewer;
  /** A scan's pages (without their images), for its OCR section. */
  ocrPages?: { pageNumber: number; width: number; height: number; confidence: number | null }[];
};
type DocumentReview = ReturnType<ReviewQueries['document']>;
type DocumentRelations = ReturnType<ReviewQueries['relationsOf']>;

const anchorOf = (node: StructureNode) => `${node.kind}-${node.number}`;

export function DocumentPage({ document: doc, overrides, content, similar, relations, review, historyLabels, items, viewer, ocrPages = [] }: Props) {
  const editable = can(viewer?.user.role, 'documents:write');
  // Structure line numbers count the lines of the search text, which has the same lines as the text.
  const lines = toLines(content.text);
  const nodesByLine = new Map(content.structure.nodes.map((node) => [node.line, node]));
  const seenAnchors = new Set<string>();
  const corrected = (field: keyof DocumentMetadata) =>
    field in overrides
      ? <span class="corrected" title="已人工修改">已修改 {editable && <button type="button" class="link" data-reset={field}>还原</button>}</span>
      : null;
  const text = (field: 'title' | 'wrapperTitle' | 'docNumber' | 'issuer' | 'docType', wide = false) => (
    <label class={wide ? 'wide' : ''}>
      <span>{FIELD_LABELS[field]} {corrected(field)}</span>
      <input name={field} value={doc[field] ?? ''} />
    </label>
  );
  const date = (field: 'issuedOn' | 'effectiveOn' | 'expiresOn') => (
    <label>
      <span>{FIELD_LABELS[field]} {corrected(field)}</span>
      <input type="date" name={field} value={doc[field] ?? ''} />
    </label>
  );

  return (
    <Layout title={doc.title} active="/documents" viewer={viewer} scripts={editable ? ['document.js'] : ['document-view.js']}>
      <p class="breadcrumb"><a href="/documents">文件清单</a> › 文件详情</p>
      <h1 id="doc-title">{doc.title}</h1>
      {doc.wrapperTitle && <p class="wrapper-title">{doc.wrapperTitle}</p>}
      <p class="doc-line">
        <span id="doc-number">{doc.docNumber ?? '无文号'}</span> · {doc.issuer ?? '发文机关未识别'} · {doc.issuedOn ?? '日期未识别'} ·{' '}
        <span class={`status status-${doc.status}`}>{VALIDITY_STATUS_LABELS[doc.status]}</span>
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
                  <li class={`toc-${node.kind}`}><a href={`#${anchorOf(node)}`}>{node.label} {node.heading}</a></li>
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
          <DocumentReviewPanel documentId={doc.id} relations={relations} review={review} labels={historyLabels} items={items} />
        </aside>

        <article class="document-text">
          {doc.ocr && <DocumentOcrPanel documentId={doc.id} ocr={doc.ocr} pages={ocrPages} text={content.text} editable={editable} />}
          {content.html && (
            <p class="view-switch">
              <a href="#text-view" class="active">文本</a> · <a href="#html-view">原版式</a>
            </p>
          )}
          <section id="text-view">
            {lines.map((line, index) => {
              const node = nodesByLine.get(index);
              const anchor = node && !seenAnchors.has(anchorOf(node)) ? anchorOf(node) : undefined;
              if (anchor) seenAnchors.add(anchor);
              if (node && node.kind !== 'article') return <h3 id={anchor ?? `l${index}`} class={`heading-${node.kind}`}>{line.replace(/^#+\s*/, '')}</h3>;
              return <p id={anchor ?? `l${index}`} class={node ? 'article' : ''}>{line}</p>;
            })}
          </section>
          {/* mammoth and HTML inputs are sanitised when imported; nothing else is inserted unescaped. */}
          {content.html && <section id="html-view" class="html-view" hidden>{raw(content.html)}</section>}
        </article>
      </div>
    </Layout>
  );
}
