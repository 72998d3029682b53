const CONTENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  txt: 'application/octet-stream', // served as a download, never rendered: its encoding may not be UTF-8
  html: 'application/octet-stream', // never rendered inline: it could carry scripts
  md: 'application/octet-stream',
  jpg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
};

export function contentTypeOf(format: string): string {
  return CONTENT_TYPES[format] ?? 'application/octet-stream';
}

/** An attachment header that keeps a Chinese file name intact (RFC 6266 / 5987) and carries no header injection. */
export function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, '_');
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
