import type { Block, CompareRow, DiffOp } from '../documents/documents.compare.js';
import { MAX_DIFF_BLOCK_CHARS } from '../documents/documents.compare.js';
import { INDEXED_TEXT_CHARS, VALIDITY_STATUS_LABELS } from '../documents/documents.models.js';
import type { DocumentComparison } from '../documents/documents.usecases.js';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { Layout, type Viewer } from './layout.js';

type Side = DocumentComparison['from'];

const CHANGE_LABELS: Record<CompareRow['change'], string> = {
  changed: '修改', inserted: '新增', deleted: '删除', renumbered: '仅序号变化', unchanged: '未修改',
};

/** A title box that looks documents up by title and keeps the chosen id in the hidden field `name`. */
export function TitlePicker({ name, label, value, listId = `compare-${name}-options` }: {
  name: 'from' | 'to'; label: string; value: { id: number; title: string } | null;
  /** The id of its list of titles, unique on the page (another picker may fill the same field name). */
  listId?: string;
}) {
  return (
    <label>{label}
      <input type="search" class="title-picker" data-target={name} list={listId} autocomplete="off"
        placeholder="输入标题查找" value={value?.title ?? ''} />
      <datalist id={listId} />
      <input type="hidden" name={name} value={value ? String(value.id) : ''} />
    </label>
  );
}

function Heading({ side, which }: { side: Side; which: string }) {
  return (
    <div class="compare-side-head">
      <span class="muted">{which}</span>
      <a href={`/documents/${side.id}`}>《{side.title}》</a>
      <span class="muted">{[side.docNumber, side.issuer, side.issuedOn].filter(Boolean).join(' · ')} · {VALIDITY_STATUS_LABELS[side.status]}</span>
    </div>
  );
}

/** One side of a changed pair: the equal text with the deletions (old side) or insertions (new side) marked. */
function Marked({ ops, side }: { ops: DiffOp[]; side: 'old' | 'new' }) {
  return <>{ops.map((op) => (op.op === 'equal' ? op.text : op.op === 'delete' ? (side === 'old' ? <del>{op.text}</del> : null) : side === 'new' ? <ins>{op.text}</ins> : null))}</>;
}

/** One side of a row; `content` stands for the block's plain text where it is marked. */
const Cell = ({ block, side, content }: { block: Block | null; side: 'old' | 'new'; content?: JSX.Element | string }) => (
  <div class={`compare-cell compare-${side}${block?.kind === 'heading' ? ' compare-heading' : ''}${block ? '' : ' compare-empty'}`}>{content ?? block?.text ?? ''}</div>
);

function Row({ row }: { row: CompareRow }) {
  const tag = <span class={`compare-tag compare-tag-${row.change}`}>{CHANGE_LABELS[row.change]}</span>;
  if (row.change === 'deleted') {
    return <div class="compare-row compare-deleted"><Cell block={row.old} side="old" content={<>{tag}<del>{row.old.text}</del></>} /><Cell block={null} side="new" /></div>;
  }
  if (row.change === 'inserted') {
    return <div class="compare-row compare-inserted"><Cell block={null} side="old" /><Cell block={row.new} side="new" content={<>{tag}<ins>{row.new.text}</ins></>} /></div>;
  }
  if (row.change === 'unchanged') {
    return <div class="compare-row compare-unchanged"><Cell block={row.old} side="old" /><Cell block={row.new} side="new" /></div>;
  }
  return (
    <div class={`compare-row compare-${row.change}`}>
      <Cell block={row.old} side="old" content={<>{tag}{row.ops ? <Marked ops={row.ops} side="old" /> : row.old.text}</>} />
      <Cell block={row.new} side="new" content={<>{row.ops ? <Marked ops={row.ops} side="new" /> : row.new.text}
        {!row.ops && <span class="compare-capped">本处较长或改动较多，未逐字标出差异。</span>}</>} />
    </div>
  );
}

/** Rows with runs of unchanged blocks folded into one line that opens them. */
function foldUnchanged(rows: CompareRow[]): (CompareRow | CompareRow[])[] {
  const result: (CompareRow | CompareRow[])[] = [];
  for (const row of rows) {
    const last = result.at(-1);
    if (row.change !== 'unchanged') result.push(row);
    else if (Array.isArray(last)) last.push(row);
    else result.push([row]);
  }
  return result;
}

function runLabel(run: CompareRow[]) {
  const labels = run.map((r) => r.new?.label).filter((label): label is string => label !== null && label !== undefined);
  const span = labels.length === 0 ? '' : labels.length === 1 ? labels[0] : `${labels[0]}至${labels.at(-1)}`;
  // Title lines and paragraphs outside the articles have no number: they are counted, not named.
  return labels.length === run.length ? `${span}未修改` : `${span ? `${span}等 ` : ''}${run.length} 处未修改`;
}

export function DocumentComparePage({ comparison, picked, viewer }: {
  comparison: DocumentComparison | null; picked: { from: { id: number; title: string } | null; to: { id: number; title: string } | null }; viewer: Viewer;
}) {
  const c = comparison;
  return (
    <Layout title={c ? `新旧对照：${c.to.title}` : '新旧对照'} active="/documents" viewer={viewer} scripts={['compare-picker.js']}>
      <p class="breadcrumb"><a href="/documents">文件清单</a> › 新旧对照</p>
      <h1>新旧对照</h1>
      <form class="compare-picker card" method="get" action="/documents/compare">
        <TitlePicker name="from" label="旧版本" value={picked.from} />
        <TitlePicker name="to" label="新版本" value={picked.to} />
        <div class="form-actions">
          <button type="submit">对照</button>
          {c && <a href={`/documents/compare?from=${c.to.id}&to=${c.from.id}`}>交换新旧</a>}
          <span class="form-message" role="status" aria-live="polite"></span>
        </div>
      </form>
      {!c && <p class="muted">选择同一文件的两个版本（或任意两个文件），按条文逐条对照：左为旧版本，右为新版本；删除的文字以红色删除线标出，新增的文字以绿色下划线标出。</p>}
      {c && (
        <section class="comparison-view" aria-label="对照结果">
          <p class="compare-summary" id="compare-summary">
            {(['changed', 'inserted', 'deleted', 'renumbered', 'unchanged'] as const).map((change) => (
              <span class={`compare-tag compare-tag-${change}`}>{CHANGE_LABELS[change]} {c.counts[change]}</span>
            ))}
          </p>
          {(c.from.truncated || c.to.truncated) && (
            <p class="notice">文件较长：只对照了{c.from.truncated && c.to.truncated ? '两个文件' : c.from.truncated ? '旧版本' : '新版本'}的前 {INDEXED_TEXT_CHARS / 10_000} 万字，其后的内容请打开原文阅读。</p>
          )}
          {c.cappedRows > 0 && (
            <p class="notice">有 {c.cappedRows} 处较长（超过 {MAX_DIFF_BLOCK_CHARS.toLocaleString('zh-CN')} 字）或改动过多，只并列显示全文，未逐字标出差异。</p>
          )}
          <div class="compare-grid">
            <div class="compare-row compare-head"><Heading side={c.from} which="旧版本" /><Heading side={c.to} which="新版本" /></div>
            {foldUnchanged(c.rows).map((entry) => (Array.isArray(entry)
              ? (
                <details class="compare-fold">
                  <summary>{runLabel(entry)}</summary>
                  {entry.map((row) => <Row row={row} />)}
                </details>
              )
              : <Row row={entry} />))}
          </div>
        </section>
      )}
    </Layout>
  );
}
