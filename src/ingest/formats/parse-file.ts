import path from 'node:path';
import {
  createEmptyFileError, createExpandedTooLargeError, createNoTextError, createParseTooLargeError, createUnreadableFileError,
  createTooManyPagesError, createUnsupportedEncodingError, createUnsupportedFormatError,
} from '../ingest.errors.js';
import { isAppError } from '../../shared/errors.js';
import { decodeText } from './decode-text.js';
import { parseDoc } from './doc.js';
import { parseDocx } from './docx.js';
import { DEFAULT_MAX_SCAN_PAGES, type DocumentFormat, type ParseLimits, type ParsedContent } from './formats.types.js';
import { parseHtml } from './html.js';
import { parseImage, sniffImage } from './image.js';
import { parseMarkdown } from './markdown.js';
import { PageLimitError, parseOfd } from './ofd.js';
import { parsePdf } from './pdf.js';
import { isPortalPage, parsePortalPage } from './portal-page.js';
import { listZipEntries, ZipExpandsTooFarError } from './zip.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

type Sniffed = { format: DocumentFormat; decodedText?: string };

/** Tells the format from the bytes; the extension only separates Markdown from plain text. */
export function sniffFormat(bytes: Uint8Array, fileName: string, limits: ParseLimits): Sniffed {
  if (bytes.length === 0) throw createEmptyFileError(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { format: 'pdf' }; // %PDF
  if (startsWith(bytes, OLE_MAGIC)) return { format: 'doc' };
  const image = sniffImage(bytes);
  if (image) return { format: image };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: sniffZip(bytes, fileName, limits) };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw createUnsupportedFormatError(fileName, 'RTF 文件请另存为 docx'); // {\rtf

  const decoded = decodeText(bytes);
  if (!decoded) {
    throw looksBinary(bytes) ? createUnsupportedFormatError(fileName) : createUnsupportedEncodingError(fileName);
  }
  const text = decoded.text;
  const extension = path.extname(fileName).toLowerCase();
  if (/^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text) || ['.html', '.htm'].includes(extension) && /<[a-z][^>]*>/i.test(text)) {
    return { format: 'html', decodedText: text };
  }
  if (['.md', '.markdown'].includes(extension)) return { format: 'md', decodedText: text };
  return { format: 'txt', decodedText: text };
}

function sniffZip(bytes: Uint8Array, fileName: string, limits: ParseLimits): DocumentFormat {
  let entries;
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    throw createUnreadableFileError(fileName, '压缩结构损坏');
  }
  const expanded = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (expanded > limits.maxExpandedBytes) throw createExpandedTooLargeError(fileName);
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('OFD.xml')) return 'ofd';
  throw createUnsupportedFormatError(fileName, '压缩包内不是 Word 或 OFD 文档');
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const control = sample.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)).length;
  return control > sample.length * 0.01;
}

/** Reads any supported file into text (and HTML where the format has it). Throws an AppError naming the file. */
export async function parseFile({ bytes, fileName, limits }: { bytes: Buffer; fileName: string; limits: ParseLimits }): Promise<ParsedContent & { format: DocumentFormat }> {
  const { format, decodedText } = sniffFormat(bytes, fileName, limits);
  let content: ParsedContent;
  try {
    content = await parseByFormat(format, bytes, fileName, decodedText, limits);
  } catch (error) {
    if (isAppError(error)) throw error;
    if (error instanceof ZipExpandsTooFarError) throw createExpandedTooLargeError(fileName);
    if (error instanceof PageLimitError) throw createParseTooLargeError(fileName);
    throw createUnreadableFileError(fileName, undefined, describe(error));
  }
  if (content.scanPages !== undefined) {
    const maxPages = limits.maxScanPages ?? DEFAULT_MAX_SCAN_PAGES;
    if (content.scanPages > maxPages) throw createTooManyPagesError(fileName, `共 ${content.scanPages} 页，上限 ${maxPages} 页，请拆分后分别导入`);
    return { format, ...content };
  }
  if (!/[\p{L}\p{N}]/u.test(content.text)) throw createNoTextError(fileName);
  return { format, ...content };
}

async function parseByFormat(format: DocumentFormat, bytes: Buffer, fileName: string, decodedText: string | undefined, limits: ParseLimits): Promise<ParsedContent> {
  switch (format) {
    case 'docx': return parseDocx(bytes, limits.maxExpandedBytes);
    case 'doc': return parseDoc(bytes);
    case 'pdf': return parsePdf(bytes, fileName);
    case 'jpg': case 'png': case 'tif': return parseImage(bytes, fileName);
    case 'ofd': return parseOfd(bytes, limits.maxExpandedBytes);
    case 'html': return isPortalPage(decodedText!) ? parsePortalPage(decodedText!) : parseHtml(decodedText!);
    case 'md': return parseMarkdown(decodedText!);
    case 'txt': return { text: decodedText!, html: null };
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 120);
}
