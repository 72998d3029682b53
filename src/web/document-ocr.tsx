import type { DocumentSummary } from '../documents/documents.models.js';

type OcrSummary = NonNullable<DocumentSummary['ocr']>;
type Page = { pageNumber: number; width: number; height: number; confidence: number | null };

export const OCR_STATE_LABELS: Record<OcrSummary['state'], string> = {
  pending: '等待识别',
  running: '正在识别',
  done: 'OCR 识别',
  failed: '识别失败',
};

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The state of a scan's OCR, as a tag beside its title in lists. */
export function OcrTag({ ocr }: { ocr: DocumentSummary['ocr'] }) {
  if (!ocr) return null;
  const progress = ocr.state === 'running' || ocr.state === 'pending' ? ` ${ocr.pagesDone}/${ocr.pages} 页` : '';
  return <span class={`tag ocr-${ocr.state}`} title="扫描件，文字由 OCR 识别">{OCR_STATE_LABELS[ocr.state]}{progress}</span>;
}

/**
 * A scan's OCR on its page: where it stands (the page reloads itself until the text is there), the
 * engine's confidence, the page images beside the text, and for staff the form to correct the text.
 */
export function DocumentOcrPanel({ documentId, ocr, pages, text, editable }: { documentId: number; ocr: OcrSummary; pages: Page[]; text: string; editable: boolean }) {
  const inProgress = ocr.state === 'pending' || ocr.state === 'running';
  return (
    <section class={`ocr-panel ocr-panel-${ocr.state}`} id="ocr" data-document-id={String(documentId)}>
      {inProgress && <meta http-equiv="refresh" content="5" />}
      {inProgress && (
        <p>
          <strong>扫描件，正在进行文字识别（OCR）</strong>：已识别 {ocr.pagesDone} / {ocr.pages} 页
          <progress max={ocr.pages} value={ocr.pagesDone}></progress>
          <br /><span class="muted">识别在后台进行，完成后文字和文件信息会自动显示，本页每 5 秒刷新一次。</span>
        </p>
      )}
      {ocr.state === 'done' && (
        <p>
          <strong>本文文字由 OCR 从扫描件识别</strong>（PaddleOCR），平均置信度 {ocr.confidence === null ? '—' : percent(ocr.confidence)}，共 {ocr.pages} 页。
          {ocr.textCorrectedAt
            ? <span> 已人工校对（{new Date(ocr.textCorrectedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）。</span>
            : <span> 识别结果可能有错字，请对照页面图像核对{editable ? '，并在下方校对' : ''}。</span>}
        </p>
      )}
      {ocr.state === 'failed' && (
        <p class="error">
          <strong>文字识别失败</strong>：{ocr.error ?? '原因未知'}（已识别 {ocr.pagesDone} / {ocr.pages} 页）
          {editable && <> <button type="button" class="secondary" id="retry-ocr">重新识别</button></>}
        </p>
      )}
      {pages.length > 0 && (
        <details class="ocr-pages" open={ocr.state !== 'done' ? true : undefined}>
          <summary>页面图像（{pages.length} 页）</summary>
          {pages.map((page) => (
            <figure>
              <img src={`/api/documents/${documentId}/pages/${page.pageNumber}/image`} width={String(page.width)} height={String(page.height)} loading="lazy" alt={`第 ${page.pageNumber} 页扫描图像`} />
              <figcaption>第 {page.pageNumber} 页{page.confidence !== null && ` · 置信度 ${percent(page.confidence)}`}</figcaption>
            </figure>
          ))}
        </details>
      )}
      {editable && ocr.state === 'done' && (
        <details class="ocr-correct">
          <summary>校对识别文字</summary>
          <form id="ocr-text-form">
            <textarea name="text" rows={24} spellcheck={false}>{text}</textarea>
            <div class="form-actions">
              <button type="submit">保存校对后的文字</button>
              <span class="muted">保存后将按新文字重新提取文件信息（人工修改过的字段保持不变）并更新全文检索。</span>
              <span class="form-message" role="status" aria-live="polite"></span>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
