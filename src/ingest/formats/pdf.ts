import { createRequire } from 'node:module';
import path from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ParsedContent } from './formats.types.js';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));


/** The text layer of a PDF, page by page, a line per visual line. Scanned pages have none. */
export async function parsePdf(bytes: Buffer): Promise<ParsedContent> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // Chinese PDFs often use CID fonts that need the CMaps to map glyphs back to characters.
    cMapUrl: `${pdfjsRoot}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    return { text: pages.join('\n'), html: null };
  } finally {
    await task.destroy();
  }
}

function joinItems(items: TextItem[]): string {
  let text = '';
  let lastY: number | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== null && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
    text += item.str;
    if (item.hasEOL) text += '\n';
    lastY = y;
  }
  return text;
}
