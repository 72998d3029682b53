import sharp from 'sharp';
import { createCorruptImageError } from '../ingest.errors.js';
import type { DocumentFormat, ParsedContent } from './formats.types.js';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** A scanned image's format from its first bytes: JPEG, PNG or TIFF (either byte order); else null. */
export function sniffImage(bytes: Uint8Array): Extract<DocumentFormat, 'jpg' | 'png' | 'tif'> | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tif';
  return null;
}

/**
 * Checks that a scanned image decodes, every page of it (a TIFF may hold several), so a truncated or
 * corrupt file is refused at upload rather than failing later in the OCR queue. Its text comes from OCR.
 */
export async function parseImage(bytes: Buffer, fileName: string): Promise<ParsedContent> {
  try {
    const { pages = 1 } = await sharp(bytes).metadata();
    // Decoding every page, strictly, is what finds a truncated or damaged image.
    await sharp(bytes, { pages: -1, failOn: 'truncated' }).resize(64).raw().toBuffer();
    return { text: '', html: null, scanPages: pages };
  } catch (error) {
    throw createCorruptImageError(fileName, undefined, (error as Error).message.slice(0, 120));
  }
}
