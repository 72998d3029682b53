import { Layout, type Viewer } from './layout.js';

export function UploadPage({ maxFileMb, viewer }: { maxFileMb: number; viewer: Viewer }) {
  return (
    <Layout title="上传导入" active="/upload" viewer={viewer} scripts={['upload.js']}>
      <h1>上传文件</h1>
      <form id="upload-form" class="dropzone">
        <p>把文件拖到这里，或 <label class="button">选择文件<input type="file" name="files" multiple class="visually-hidden" id="file-input"
          accept=".docx,.doc,.pdf,.txt,.html,.htm,.md,.ofd" /></label></p>
        <p class="muted">支持 Word（docx、doc）、PDF、OFD、TXT、HTML、Markdown；每个文件不超过 {maxFileMb} MB。相同内容的文件只保存一次。</p>
      </form>
      <table class="upload-results card-table" hidden>
        <thead><tr><th>文件</th><th>结果</th><th>识别标题</th></tr></thead>
        <tbody id="upload-results"></tbody>
      </table>
    </Layout>
  );
}
