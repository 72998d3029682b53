import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export type ZipEntry = { name: string; originalSize: number };

/** The entries of a zip archive as its central directory declares them, without inflating anything. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(bytes, {
    filter(file) {
      entries.push({ name: file.name, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

/** The entries of an archive expand past the limit: counted on the bytes inflated, not on what the headers claim. */
export class ZipExpandsTooFarError extends Error {
  constructor() {
    super('zip entries expand past the limit');
  }
}

// Compressed bytes fed to the inflater at a time: deflate expands at most about 1,032 times, so one step
// can never produce more than about 16 MB past the limit.
const STEP_BYTES = 16 * 1024;

/**
 * Inflates the entries `wanted` selects, streaming, and stops as soon as the bytes really produced pass
 * `maxBytes` in total (a declared size is a claim, not a fact), so memory stays bounded whatever the
 * archive says about itself. Entries are read as their local headers come, which is what a parser given
 * the result sees.
 */
export function inflateZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let tooFar = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (tooFar || !wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) failure ??= error;
      if (error || tooFar) return;
      total += chunk.length;
      if (total > maxBytes) {
        tooFar = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.length && !tooFar && !failure; offset += STEP_BYTES) {
    unzip.push(bytes.subarray(offset, offset + STEP_BYTES), offset + STEP_BYTES >= bytes.length);
  }
  if (tooFar) throw new ZipExpandsTooFarError();
  if (failure) throw failure;
  return new Map([...parts].map(([name, chunks]) => [name, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
