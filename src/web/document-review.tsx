import { CATEGORY_LABELS, REASON_LABELS, STATUS_LABELS } from '../review/review.models.js';
import { HistoryList, type HistoryLabels } from './review-history.js';
import type { ReviewQueries } from '../review/review.queries.js';

type DocumentReview = ReturnType<ReviewQueries['document']>;
type DocumentRelations = ReturnType<ReviewQueries['relationsOf']>;
type Brief = DocumentRelations['versions'][number];

function DocumentLink({ document, current }: { document: Brief; current?: number }) {
  if (!document) return null;
  const label = `《${document.title}》${document.issuedOn ? `（${document.issuedOn}）` : ''}`;
  return document.id === current ? <strong>{label} 本件</strong> : <a href={`/documents/${document.id}`}>{label}</a>;
}

/** A link to the 新旧对照 of this document with another version, the older one always on the left. */
function CompareLink({ documentId, other, otherIsOlder }: { documentId: number; other: number; otherIsOlder: boolean }) {
  const [from, to] = otherIsOlder ? [other, documentId] : [documentId, other];
  return <a class="compare-link" href={`/documents/compare?from=${from}&to=${to}`} title="新旧对照">对照</a>;
}

/**
 * The links the review rules stand on (versions, repeals, citations) for everyone who reads documents, and
 * for those who follow the review, the suggestion and the document's dispositions in every round.
 */
export function DocumentReviewPanel({ documentId, relations, review, labels, items }: {
  documentId: number; relations: DocumentRelations; review: DocumentReview | null; labels: HistoryLabels;
  /** The tracked institutions and mechanisms the document covers, for those who follow the tracking. */
  items: { id: number; name: string }[] | null;
}) {
  const { versions, repealedBy, repeals, cites, citedBy } = relations;
  const hasLinks = versions.length > 1 || repealedBy.length > 0 || repeals.length > 0 || cites.length > 0 || citedBy.length > 0;
  return (
    <section class="relations" aria-label="关联文件">
      {hasLinks && <h2>关联文件</h2>}
      <dl class="facts">
        {versions.length > 1 && <><dt>历次版本</dt><dd><ol>{versions.map((v, index) => <li><DocumentLink document={v} current={documentId} />{v && v.id !== documentId && <CompareLink other={v.id} otherIsOlder={index < versions.findIndex((w) => w?.id === documentId)} documentId={documentId} />}</li>)}</ol></dd></>}
        {repealedBy.length > 0 && <><dt>被废止</dt><dd><ul>{repealedBy.map((d) => <li><DocumentLink document={d} /> 规定本件同时废止</li>)}</ul></dd></>}
        {repeals.length > 0 && <><dt>本件废止</dt><dd><ul>{repeals.map((d) => <li><DocumentLink document={d} /></li>)}</ul></dd></>}
        {cites.length > 0 && <><dt>引用</dt><dd><ul>{cites.map((c) => <li><DocumentLink document={c.documents.at(-1)!} />{c.documents.length > 1 && <span class="muted">（共 {c.documents.length} 个版本）</span>}</li>)}</ul></dd></>}
        {citedBy.length > 0 && <><dt>被引用</dt><dd><ul>{citedBy.slice(0, 20).map((d) => <li><DocumentLink document={d} /></li>)}</ul>{citedBy.length > 20 && <span class="muted">等 {citedBy.length} 件</span>}</dd></>}
      </dl>
      {items && items.length > 0 && (
        <>
          <h2>对应制度/机制</h2>
          <ul>{items.map((item) => <li><a href={`/tracking/items/${item.id}`}>{item.name}</a></li>)}</ul>
        </>
      )}
      {review && (
        <>
          <h2>清理情况</h2>
          {review.suggestion && (
            <p>系统建议：<strong>{CATEGORY_LABELS[review.suggestion.category]}</strong>
              {review.suggestion.reasons.map((r) => <span class="reason" title={r.message}>{REASON_LABELS[r.code]}</span>)}
            </p>
          )}
          {review.dispositions.length === 0
            ? <p class="muted">尚未列入清理批次。</p>
            : (
              <ul class="round-dispositions">
                {review.dispositions.map(({ round, disposition }) => (
                  <li>
                    <a href={`/review/dispositions/${disposition.id}`}>{round.name}</a>：
                    {disposition.category ? CATEGORY_LABELS[disposition.category] : '未定'}（{STATUS_LABELS[disposition.status]}）
                    {disposition.ground && <span class="muted"> {disposition.ground.action}：{disposition.ground.label}</span>}
                  </li>
                ))}
              </ul>
            )}
          {review.history.length > 0 && (
            <details class="history">
              <summary>修改记录（{review.history.length} 条）</summary>
              <HistoryList entries={review.history} labels={labels} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
