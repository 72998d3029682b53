import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { createEncryptedError } from '../ingest.errors.js';
import type { ParsedContent } from './formats.types.js';
import { countLetters, MIN_LETTERS_PER_IMAGE_PAGE, needsOcr } from './scan-detection.js';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Opens a PDF with pdfjs; an encrypted one is refused with its own error. Destroy the task when done. */
export async function openPdf(bytes: Uint8Array, fileName: string) {
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
  try {
    return { pdf: await task.promise, task, pdfjs };
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException') throw createEncryptedError(fileName);
    throw error;
  }
}

/**
 * The text layer of a PDF, page by page, a line per visual line. A scan (pages that are pictures, with
 * at most a watermark for text) has no text here: it is marked for OCR with its page count.
 */
export async function parsePdf(bytes: Buffer, fileName = 'PDF'): Promise<ParsedContent> {
  const { pdf, task, pdfjs } = await openPdf(bytes, fileName);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    const text = pages.join('\n');
    // Only a sparse text layer is worth the look at what the pages paint.
    if (countLetters(text) < MIN_LETTERS_PER_IMAGE_PAGE * pdf.numPages) {
      const summaries = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        summaries.push({ letters: countLetters(pages[number - 1]!), hasImage: await paintsImage(pdf, number, pdfjs.OPS) });
      }
      if (needsOcr(summaries)) return { text: '', html: null, scanPages: pdf.numPages };
    }
    return { text, html: null };
  } finally {
    await task.destroy();
  }
}

async function paintsImage(pdf: PDFDocumentProxy, number: number, ops: Record<string, number>): Promise<boolean> {
  const page = await pdf.getPage(number);
  const { fnArray } = await page.getOperatorList();
  page.cleanup();
  const imageOps = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageXObjectRepeat, ops.paintImageMaskXObject]);
  return fnArray.some((fn) => imageOps.has(fn));
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
