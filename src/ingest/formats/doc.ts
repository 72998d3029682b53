import WordExtractor from 'word-extractor';
import type { ParsedContent } from './formats.types.js';

/** Legacy Word 97–2003 files: text only, from the OLE compound file. */
export async function parseDoc(bytes: Buffer): Promise<ParsedContent> {
  const document = await new WordExtractor().extract(bytes);
    // Curly quotes kept: titles quote as printed (“五虚”), not as ASCII.
  return { text: document.getBody({ filterUnicode: false }), html: null };
}
