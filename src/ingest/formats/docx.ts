import mammoth from 'mammoth';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { htmlToText, sanitizeDocumentHtml } from './html.js';
import type { ParsedContent } from './formats.types.js';
import { inflateZipEntries } from './zip.js';

/**
 * mammoth inflates whatever the archive holds, trusting its declared sizes; so the entries are inflated
 * here first, under the limit on bytes really produced, and mammoth gets them re-packed without compression
 * (with their text boxes made readable, see below).
 */
export async function parseDocx(bytes: Buffer, maxExpandedBytes: number): Promise<ParsedContent> {
  const entries = Object.fromEntries(inflateZipEntries(bytes, (name) => !name.endsWith('/'), maxExpandedBytes));
  const document = entries['word/document.xml'];
  if (document) entries['word/document.xml'] = strToU8(exposeTextBoxes(strFromU8(document)));
  const repacked = zipSync(entries, { level: 0 });
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) });
  const html = sanitizeDocumentHtml(value);
  return { text: htmlToText(html), html };
}

// mammoth reads text boxes only in their VML form (w:pict). Word and WPS draw them in DrawingML
// (wps:txbx inside w:drawing), with a VML copy as mc:Fallback that some writers leave out: then the
// 发文机关标志 or 文号 of a red header, often set in a text box, would be lost. Those text boxes are
// rewritten as VML ones.
const VML_NAMESPACE = 'xmlns:v="urn:schemas-microsoft-com:vml"';

/** document.xml with every DrawingML text box that has no VML fallback turned into a VML text box. */
export function exposeTextBoxes(xml: string): string {
  if (!/<w:drawing\b[\s\S]*?<w:txbxContent\b/.test(xml)) return xml;
  // An alternative without a fallback: its DrawingML choice is all there is, so it is read as the content.
  let out = xml.replace(/<mc:AlternateContent\b[^>]*>([\s\S]*?)<\/mc:AlternateContent>/g, (whole, inner: string) =>
    inner.includes('<mc:Fallback') ? whole : inner.replace(/<mc:Choice\b[^>]*>/, '').replace(/<\/mc:Choice>/, ''));
  // Drawings left inside a choice are never read (mammoth reads the fallback), so rewriting them is harmless.
  out = out.replace(/<w:drawing\b[^>]*>[\s\S]*?<\/w:drawing>/g, (drawing) => {
    const boxes = drawing.match(/<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g);
    return boxes ? `<w:pict><v:textbox>${boxes.join('')}</v:textbox></w:pict>` : drawing;
  });
  if (!out.includes('xmlns:v=')) out = out.replace(/<w:document\b/, `<w:document ${VML_NAMESPACE}`);
  return out;
}
