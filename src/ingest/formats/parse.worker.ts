// Runs in a worker thread of the parse pool: reads one file and sends back its content and metadata, or the
// error as plain data (an AppError does not survive being copied between threads).
import { isAppError } from '../../shared/errors.js';
import { readDocument } from '../read-document.js';
import type { ParseLimits } from './formats.types.js';

export default async function parseInWorker({ bytes, fileName, limits }: { bytes: Uint8Array; fileName: string; limits: ParseLimits }) {
  try {
    return { ok: true as const, document: await readDocument({ bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, limits }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false as const, error: { code: error.code, message: error.message, status: error.status, details: error.details } };
  }
}
