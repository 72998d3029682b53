import type { Checklist, ChecklistRow } from '../checklist/checklist.models.js';
import type { compareVersions } from '../checklist/checklist.usecases.js';
import { printedCells } from '../checklist/checklist.docx.js';
import { columnsOf } from '../checklist/checklist.models.js';
import { fitColumnWidths, LIST_FONT_PT, TEXT_WIDTH_PT } from '../shared/official-layout.js';
import type { ChecklistRepository } from '../checklist/checklist.repository.js';
import { CATEGORY_LABELS } from '../review/review.models.js';
import type { ReviewQueries } from '../review/review.queries.js';
import { CATEGORIES, type Category, type ReviewRoundRow } from '../review/review.table.js';
import { formatTime } from './review-history.js';
import { Layout, type Viewer } from './layout.js';
import { scopeText } from './review-rounds.page.js';

type Versions = ReturnType<ChecklistRepository['versions']>;

export function ChecklistRoundsPage({ rounds, viewer }: { rounds: ReturnType<ReviewQueries['rounds']>; viewer: Viewer }) {
  return (
    <Layout title="制度清单" active="/checklist" viewer={viewer}>
      <h1>制度清单</h1>
      {rounds.length === 0
        ? <p class="empty">还没有清理批次。清单由清理批次中已批准的清理意见生成。</p>
        : (
          <table class="card-table">
            <thead><tr><th>清理批次</th><th>范围</th><th>已批准</th></tr></thead>
            <tbody>{rounds.map((round) => (
              <tr><td data-label="清理批次"><a href={`/checklist/${round.id}`}>{round.name}</a></td><td data-label="范围">{scopeText(round.scope)}</td><td data-label="已批准">{round.approved} / {round.total}</td></tr>
            ))}</tbody>
          </table>
        )}
    </Layout>
  );
}

/** One section's table, as the page and the print view show it: the .docx's column widths and written dates. */
export function SectionTable({ category, rows }: { category: Category; rows: ChecklistRow[] }) {
  const columns = columnsOf(category);
  if (rows.length === 0) return <p class="muted">（无）</p>;
  const cells = printedCells(category, rows);
  const widths = fitColumnWidths(columns, cells, { totalPt: TEXT_WIDTH_PT.landscape, fontPt: LIST_FONT_PT });
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    <table class="checklist-table card-table">
      <colgroup>{widths.map((w) => <col width={`${((w / total) * 100).toFixed(1)}%`} />)}</colgroup>
      <thead><tr>{columns.map((c) => <th>{c.label}</th>)}</tr></thead>
      <tbody>
        {rows.map((row, index) => (
          <tr class={row.approved ? '' : 'unapproved'}>
            {columns.map((c, i) => <td class={c.nowrap ? 'nowrap' : undefined} data-label={c.label}>{cells[index]![i]}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type VersionComparison = ReturnType<typeof compareVersions>;

function Comparison({ comparison }: { comparison: VersionComparison }) {
  const line = (row: ChecklistRow) => <>{row.title}{row.docNumber && <span class="muted">（{row.docNumber}）</span>}</>;
  const empty = comparison.added.length + comparison.removed.length + comparison.moved.length + comparison.changed.length === 0;
  return (
    <section class="card comparison" id="comparison">
      <h2>版本 #{comparison.from.id} → #{comparison.to.id} 的变化</h2>
      {empty && <p class="muted">两个版本内容相同。</p>}
      {comparison.added.length > 0 && <><h3>新增 {comparison.added.length} 项</h3><ul>{comparison.added.map((row) => <li>{CATEGORY_LABELS[row.category]}：{line(row)}</li>)}</ul></>}
      {comparison.removed.length > 0 && <><h3>移出 {comparison.removed.length} 项</h3><ul>{comparison.removed.map((row) => <li>{CATEGORY_LABELS[row.category]}：{line(row)}</li>)}</ul></>}
      {comparison.moved.length > 0 && <><h3>调整类别 {comparison.moved.length} 项</h3><ul>{comparison.moved.map(({ row, from, to }) => <li>{line(row)}：{CATEGORY_LABELS[from]} → {CATEGORY_LABELS[to]}</li>)}</ul></>}
      {comparison.changed.length > 0 && <><h3>内容修改 {comparison.changed.length} 项</h3><ul>{comparison.changed.map(({ row, fields }) => <li>{line(row)}：{fields.map((f) => FIELD_NAMES[f] ?? f).join('、')}</li>)}</ul></>}
    </section>
  );
}

const FIELD_NAMES: Record<string, string> = { title: '名称', docNumber: '文号', opinion: '清理意见', basis: '依据', responsibleUnit: '责任单位', deadline: '完成时限', items: '对应制度/机制' };

export function ChecklistPage({ round, checklist, category, versions, comparison, viewer }: {
  round: ReviewRoundRow; checklist: Checklist; category: Category | undefined; versions: Versions;
  comparison: VersionComparison | null; viewer: Viewer;
}) {
  const all = checklist.draft ? '&all=1' : '';
  const sections = checklist.sections.filter((section) => !category || section.category === category);
  const { byCategory, byIssuer, leftOut } = checklist.summary;
  return (
    <Layout title={`${round.name} · 制度清单`} active="/checklist" viewer={viewer}>
      <p class="breadcrumb"><a href="/checklist">制度清单</a> › {round.name}</p>
      <h1>{round.name}制度清单{checklist.draft && <span class="draft-mark">征求意见稿</span>}</h1>
      <form class="filters" method="get" action={`/checklist/${round.id}`}>
        <select name="category" aria-label="类别">
          <option value="">全部四类</option>
          {CATEGORIES.map((c) => <option value={c} selected={c === category}>{CATEGORY_LABELS[c]}</option>)}
        </select>
        <label class="check"><input type="checkbox" name="all" value="1" checked={checklist.draft} /> 含未批准的意见（征求意见稿）</label>
        <button type="submit">显示</button>
      </form>
      <div class="downloads card">
        <span>下载：</span>
        <a class="button" id="download-docx" href={`/api/checklist/rounds/${round.id}/export?format=docx${all}`}>Word（.docx）</a>
        <a class="button secondary" id="download-xlsx" href={`/api/checklist/rounds/${round.id}/export?format=xlsx${all}`}>Excel（.xlsx）</a>
        <a class="button secondary" id="download-csv" href={`/api/checklist/rounds/${round.id}/export?format=csv${all}`}>CSV</a>
        <a class="button secondary" id="print-view" href={`/checklist/${round.id}/print${all ? '?all=1' : ''}`} target="_blank">打印</a>
        <a class="button secondary" id="publication-link" href={`/checklist/${round.id}/publication`}>公布清理结果</a>
        <span class="muted">每次下载或打印都会记入版本历史。</span>
      </div>

      <section class="card summary">
        <h2>汇总</h2>
        <p>共 {Object.values(byCategory).reduce((a, b) => a + b, 0)} 项：{CATEGORIES.map((c) => `${CATEGORY_LABELS[c]} ${byCategory[c]} 项`).join('，')}。
          {leftOut > 0 && <span class="muted">另有 {leftOut} 项{checklist.draft ? '尚未定类' : '尚未定类或尚未批准'}，未列入。</span>}</p>
        {byIssuer.length > 0 && (
          <table class="card-table">
            <thead><tr><th>发文机关</th>{CATEGORIES.map((c) => <th>{CATEGORY_LABELS[c]}</th>)}<th>合计</th></tr></thead>
            <tbody>{byIssuer.map((entry) => <tr><td data-label="发文机关">{entry.issuer}</td>{CATEGORIES.map((c) => <td data-label={CATEGORY_LABELS[c]}>{entry.counts[c]}</td>)}<td data-label="合计">{entry.total}</td></tr>)}</tbody>
          </table>
        )}
      </section>

      {sections.map((section) => (
        <section class="checklist-section">
          <h2>{section.title} <small>{section.rows.length} 项</small></h2>
          <SectionTable category={section.category} rows={section.rows} />
        </section>
      ))}

      {comparison && <Comparison comparison={comparison} />}
      <section class="card versions">
        <h2>版本历史</h2>
        {versions.length === 0
          ? <p class="muted">尚未生成过清单。下载或打印后，这里会记录每个版本。</p>
          : (
            <form method="get" action={`/checklist/${round.id}#comparison`}>
              {checklist.draft && <input type="hidden" name="all" value="1" />}
              <table class="card-table">
                <thead><tr><th>比较</th><th>版本</th><th>生成时间</th><th>生成人</th><th>内容</th><th>项数</th><th>内容摘要</th></tr></thead>
                <tbody>
                  {versions.map((version, index) => (
                    <tr>
                      <td class="nowrap" data-label="比较">
                        <label><input type="radio" name="from" value={String(version.id)} checked={comparison ? comparison.from.id === version.id : index === 1} aria-label={`从版本 #${version.id}`} /> 从</label>{' '}
                        <label><input type="radio" name="to" value={String(version.id)} checked={comparison ? comparison.to.id === version.id : index === 0} aria-label={`到版本 #${version.id}`} /> 到</label>
                      </td>
                      <td data-label="版本">#{version.id}</td>
                      <td class="nowrap" data-label="生成时间">{formatTime(version.createdAt)}</td>
                      <td data-label="生成人">{version.createdByName ?? '命令行'}</td>
                      <td data-label="内容">{version.options.includeUnapproved ? '征求意见稿' : '已批准'}</td>
                      <td data-label="项数">{version.rowCount}</td>
                      <td class="hash" data-label="内容摘要">{version.contentHash.slice(0, 12)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {versions.length > 1 && <button type="submit" class="secondary">比较所选版本</button>}
            </form>
          )}
      </section>
    </Layout>
  );
}
