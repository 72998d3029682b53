import mammoth from 'mammoth';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { htmlToText, sanitizeDocumentHtml } from './html.js';
import type { ParsedContent } from './formats.types.js';

export async function parseDocx(bytes: Buffer): Promise<ParsedContent> {
  const { value } = await mammoth.convertToHtml({ buffer: withReadableTextBoxes(bytes) });
  const html = sanitizeDocumentHtml(value);
  return { text: htmlToText(html), html };
}

/**
 * mammoth reads text boxes only in their VML form (w:pict). Word and WPS draw them in DrawingML
 * (wps:txbx inside w:drawing), with a VML copy as mc:Fallback that some writers leave out: then the
 * 发文机关标志 or 文号 of a red header, often set in a text box, would be lost. Those text boxes are
 * rewritten as VML ones; a file without them is returned as it is.
 */
function withReadableTextBoxes(bytes: Buffer): Buffer {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) return bytes;
  const xml = strFromU8(document);
  const exposed = exposeTextBoxes(xml);
  if (exposed === xml) return bytes;
  files['word/document.xml'] = strToU8(exposed);
  return Buffer.from(zipSync(files));
}

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
