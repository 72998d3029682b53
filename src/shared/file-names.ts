/**
 * The name a file is stored and shown under, for every stored file (documents, report attachments): no
 * folders (of either slash), no control characters, no bidirectional overrides (which can make "exe.txt"
 * read as "txt.exe").
 */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 200);
  return clean === '' || clean === '.' || clean === '..' ? '未命名文件' : clean;
}
