// Runs in a worker thread of the parse pool: reads one file and sends back its content and metadata, or the
// error as plain data (an AppError does not survive being copied between threads).
import { isAppError } from '../../shared/errors.js';
import { readDocument, readText } from '../read-document.js';
import { recognisePage } from '../ocr/ocr.engine.js';
import { displayImage, renderScanPage } from '../ocr/page-image.js';
import type { ParseLimits } from './formats.types.js';

export default async function parseInWorker({ bytes, fileName, limits }: { bytes: Uint8Array; fileName: string; limits: ParseLimits }) {
  return settle(() => readDocument({ bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, limits }));
}

/** OCR of one page of a scan: its text and confidence, and the picture shown beside it. */
export async function ocrPage({ bytes, format, pageNumber, fileName }: { bytes: Uint8Array; format: string; pageNumber: number; fileName: string }) {
  return settle(async () => {
    const png = await renderScanPage({ bytes, format, pageNumber, fileName });
    const [recognised, display] = await Promise.all([recognisePage(png), displayImage(png)]);
    return { ...recognised, image: new Uint8Array(display.jpeg), width: display.width, height: display.height };
  });
}

/** Metadata, index tokens and fingerprint of a text that did not come from a file's own text layer. */
export async function readTextInWorker({ text, fileName }: { text: string; fileName: string }) {
  return settle(async () => readText(text, fileName));
}

async function settle<T>(work: () => Promise<T>) {
  try {
    return { ok: true as const, value: await work() };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false as const, error: { code: error.code, message: error.message, status: error.status, details: error.details } };
  }
}
