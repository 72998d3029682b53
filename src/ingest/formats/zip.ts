import { unzipSync } from 'fflate';

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

/**
 * Inflates the named entries only. A declared size is a claim, not a fact, so each entry's output is checked
 * against the limit after inflating too.
 */
export function readZipEntries(bytes: Uint8Array, names: (name: string) => boolean, maxBytes: number): Map<string, Uint8Array> {
  const files = unzipSync(bytes, { filter: (file) => names(file.name) && file.originalSize <= maxBytes });
  const result = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (data.length > maxBytes) throw new RangeError(`entry ${name} expands past the limit`);
    result.set(name, data);
  }
  return result;
}
