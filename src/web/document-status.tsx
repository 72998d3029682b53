import { VALIDITY_STATUS_LABELS, type CleanupView, type DatedStatus, type ValidityStatus } from '../documents/documents.models.js';
import { TitlePicker } from './document-compare.page.js';

/**
 * A document's 时效性 as every page shows it: the label, and under it what a clean-up outcome rests on (the
 * round and the day it was approved), or the newer version that revised it.
 */
export function StatusBadge({ status, cleanup }: { status: ValidityStatus; cleanup: CleanupView }) {
  return (
    <>
      <span class={`status status-${status}`} title={cleanup?.summary ?? undefined}>{VALIDITY_STATUS_LABELS[status]}</span>
      {cleanup?.summary && <small class="status-basis"> {cleanup.summary}</small>}
      {status === 'revised' && cleanup?.revisedById && <small class="status-basis"> <a href={`/documents/${cleanup.revisedById}`}>查看新版本</a></small>}
    </>
  );
}

/**
 * The document page's 时效性: the status shown everywhere, what it rests on, the status the document's own
 * dates give (the evidence), and for staff a way to link the revised version.
 */
export function DocumentStatusFacts({ documentId, status, datedStatus, cleanup, revisedBy, linked, editable }: {
  documentId: number; status: ValidityStatus; datedStatus: DatedStatus; cleanup: CleanupView;
  revisedBy: { id: number; title: string; issuedOn: string | null } | null; linked: boolean; editable: boolean;
}) {
  return (
    <section class="status-facts" id="status-facts" aria-label="时效性">
      <h2>时效性</h2>
      <p>
        <span class={`status status-${status}`} id="document-status">{VALIDITY_STATUS_LABELS[status]}</span>
        {cleanup?.summary && <> <span class="status-basis">{cleanup.summary}</span></>}
        {status === 'to_revise' && <> <span class="muted">修订后请链接新版本</span></>}
      </p>
      {revisedBy && (
        <p>
          {status === 'revised' ? '已被' : '新版本：'}<a href={`/documents/${revisedBy.id}`} id="revised-by">《{revisedBy.title}》{revisedBy.issuedOn && `（${revisedBy.issuedOn}）`}</a>
          {status === 'revised' && '修订'}
          {cleanup?.revisedHow === 'newer_version' && !linked && <span class="muted">（同名新版本）</span>}
          {' '}<a href={`/documents/compare?from=${documentId}&to=${revisedBy.id}`}>对照</a>
        </p>
      )}
      {status !== datedStatus && <p class="muted" id="dated-status">按文件所载日期：{VALIDITY_STATUS_LABELS[datedStatus]}</p>}
      {editable && <RevisionLinkForm documentId={documentId} linked={linked} />}
    </section>
  );
}

/** Staff link the document that revised this one (the picker looks titles up as compare-picker.js does). */
export function RevisionLinkForm({ documentId, linked }: { documentId: number; linked: boolean }) {
  return (
    <form class="compare-picker revision-link" data-document-id={String(documentId)} aria-label="链接修订后的新版本">
      <input type="hidden" name="from" value={String(documentId)} />
      <TitlePicker name="to" label={linked ? '更换修订后的新版本' : '链接修订后的新版本'} value={null} listId="revision-options" />
      <div class="form-actions">
        <button type="submit" class="secondary">链接新版本</button>
        {linked && <button type="button" class="secondary" data-unlink="1">取消链接</button>}
        <span class="form-message" role="status" aria-live="polite"></span>
      </div>
    </form>
  );
}
