import { can } from '../auth/roles.js';
import { LIST_ACTIONS, listCells, listColumns, PUBLICATION_KINDS } from '../checklist/publication.models.js';
import type { Publication } from '../checklist/publication.usecases.js';
import { chineseDate } from '../shared/official-layout.js';
import { Layout, type Viewer } from './layout.js';
import { formatTime } from './review-history.js';

const KIND_LABELS = { decision: '决定', notice: '通知' } as const;

/**
 * 公布清理结果: the legal office drafts the publishing document (a form, with the drafted wording shown when a
 * text is left empty), everyone who follows the review reads and downloads it, a leader publishes it.
 */
export function PublicationPage({ publication, viewer }: { publication: Publication; viewer: Viewer }) {
  const { details, saved, attachments, published, roundId } = publication;
  const role = viewer?.user.role;
  const editable = !published && can(role, 'publication:draft');
  const exportUrl = (format: string) => `/api/publication/rounds/${roundId}/export?format=${format}`;
  return (
    <Layout title={`${publication.roundName} · 公布清理结果`} active="/checklist" viewer={viewer} scripts={['publication.js']}>
      <p class="breadcrumb"><a href="/checklist">制度清单</a> › <a href={`/checklist/${roundId}`}>{publication.roundName}</a> › 公布清理结果</p>
      <h1>公布清理结果{!published && <span class="draft-mark">送审稿</span>}</h1>
      {published
        ? <p class="notice" id="published-note">已于 {formatTime(published.at)} 由 {published.by ?? '—'} 公布。公布后的目录不再随清理意见变化。</p>
        : (
          <ul class="muted" id="publication-status">
            {publication.notApproved > 0 && <li>尚有 {publication.notApproved} 项清理意见未批准，全部批准后才能公布。</li>}
            {publication.missing.length > 0 && <li>公布前请填写：{publication.missing.join('、')}。</li>}
            {attachments.length === 0 && <li>还没有已批准的文件清理意见，目录为空。</li>}
            {publication.canPublish && <li>已可以公布。</li>}
          </ul>
        )}
      <div class="downloads card">
        <span>下载：</span>
        <a class="button" id="download-publication-docx" href={exportUrl('docx')}>{KIND_LABELS[details.kind]}（.docx）</a>
        <a class="button secondary" id="download-publication-html" href={exportUrl('html')}>网站公开页面（.html）</a>
        <a class="button secondary" id="download-publication-xlsx" href={exportUrl('xlsx')}>附件目录（.xlsx）</a>
        {can(role, 'publication:publish') && !published && (
          <button type="button" id="publish" data-round={String(roundId)} disabled={!publication.canPublish}>公布</button>
        )}
        <p class="form-message" id="publish-message" role="status" />
      </div>

      {editable
        ? (
          <form class="card form-grid" id="publication-form" data-round={String(roundId)}>
            <h2>发文信息</h2>
            <label>文种
              <select name="kind">{PUBLICATION_KINDS.map((kind) => <option value={kind} selected={kind === saved.kind}>{KIND_LABELS[kind]}</option>)}</select>
            </label>
            <label>发文机关 <input name="issuer" value={saved.issuer} placeholder="如：平凉市人民政府" maxlength={100} /></label>
            <label>发文字号 <input name="docNumber" value={saved.docNumber} placeholder="如：平政发〔2026〕12号" maxlength={60} /></label>
            <label>成文日期 <input name="issuedOn" type="date" value={saved.issuedOn ?? ''} /></label>
            <label>清理对象 <input name="subject" value={saved.subject} maxlength={20} /></label>
            <label class="wide">标题 <input name="title" value={saved.title} placeholder={details.title} maxlength={200} /></label>
            <label class="wide">主送机关 <input name="addressee" value={saved.addressee} placeholder={details.addressee} maxlength={500} /></label>
            <label class="wide">正文（每段一行；留空则使用下方的拟稿）
              <textarea name="body" rows={8} maxlength={20000} placeholder={details.body}>{saved.body}</textarea>
            </label>
            <label class="wide">抄送 <input name="copyTo" value={saved.copyTo} placeholder="如：省政府办公厅，市委办公室，市人大常委会办公室" maxlength={500} /></label>
            <div class="wide"><button type="submit">保存</button> <span class="form-message" role="status" /></div>
          </form>
        )
        : null}

      <section class="card publication-preview" id="publication-preview">
        <h2>{details.title}</h2>
        <p class="center">{details.docNumber || '（发文字号）'}</p>
        <p>{details.addressee}</p>
        {details.body.split('\n').filter((line) => line.trim()).map((line) => <p class="indent">{line}</p>)}
        {attachments.length > 0 && <p class="indent">附件：{attachments.map((a, i) => <>{i > 0 && <br />}{a.number}．{a.title}</>)}</p>}
        <p class="right">{details.issuer || '（发文机关）'}<br />{details.issuedOn ? chineseDate(details.issuedOn) : '（成文日期）'}</p>
      </section>

      {attachments.map((attachment) => (
        <section class="checklist-section" id={`attachment-${attachment.number}`}>
          <h2>附件{attachment.number}　{attachment.title} <small>{LIST_ACTIONS[attachment.list]} {attachment.rows.length} 件</small></h2>
          <table class="checklist-table card-table">
            <thead><tr>{listColumns(attachment.list).map((c) => <th>{c.label}</th>)}</tr></thead>
            <tbody>{listCells(attachment.list, attachment.rows).map((row) => (
              <tr>{row.map((cell, i) => <td data-label={listColumns(attachment.list)[i]!.label}>{cell}</td>)}</tr>
            ))}</tbody>
          </table>
        </section>
      ))}
    </Layout>
  );
}
