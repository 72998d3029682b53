import WordExtractor from 'word-extractor';
import type { ParsedContent } from './formats.types.js';

/** Legacy Word 97–2003 files: text only, from the OLE compound file. */
export async function parseDoc(bytes: Buffer): Promise<ParsedContent> {
  const document = await new WordExtractor().extract(bytes);
  return { text: document.getBody(), html: null };
}
