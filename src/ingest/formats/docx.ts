import mammoth from 'mammoth';
import { htmlToText, sanitizeDocumentHtml } from './html.js';
import type { ParsedContent } from './formats.types.js';

export async function parseDocx(bytes: Buffer): Promise<ParsedContent> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  const html = sanitizeDocumentHtml(value);
  return { text: htmlToText(html), html };
}
