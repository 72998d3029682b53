import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { htmlToText, sanitizeDocumentHtml } from './html.js';
import type { ParsedContent } from './formats.types.js';
import { inflateZipEntries } from './zip.js';

/**
 * mammoth inflates whatever the archive holds, trusting its declared sizes; so the entries are inflated
 * here first, under the limit on bytes really produced, and mammoth gets them re-packed without compression.
 */
export async function parseDocx(bytes: Buffer, maxExpandedBytes: number): Promise<ParsedContent> {
  const entries = inflateZipEntries(bytes, (name) => !name.endsWith('/'), maxExpandedBytes);
  const repacked = zipSync(Object.fromEntries(entries), { level: 0 });
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) });
  const html = sanitizeDocumentHtml(value);
  return { text: htmlToText(html), html };
}
