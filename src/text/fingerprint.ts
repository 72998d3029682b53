import { runsOf } from './search-tokenizer.js';

/**
 * Near-duplicate detection that stays linear at 100,000 documents: each text becomes a MinHash signature
 * by one-permutation hashing (every 5-character shingle is hashed once; the hash picks a bin and the
 * smallest value per bin is kept), and locality-sensitive hashing over bands of the signature proposes
 * candidate pairs, which the signatures then confirm.
 */
export const SHINGLE_LENGTH = 5;
export const BANDS = 20;
export const ROWS_PER_BAND = 6;
export const SIGNATURE_SIZE = BANDS * ROWS_PER_BAND;
const EMPTY = 0xffffffff;
/** Shorter texts have too few shingles for a meaningful comparison. */
export const MIN_SHINGLES = 60;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a document's search text (already simplified and half-width, as stored), or
 * null when it is too short to compare. Made where the document is read, in a worker thread.
 */
export function fingerprintOf(searchText: string): Uint32Array | null {
  const codes: number[] = [];
  for (const run of runsOf(searchText.toLowerCase())) for (const char of run) codes.push(char.codePointAt(0)!);
  const shingles = codes.length - SHINGLE_LENGTH + 1;
  if (shingles < MIN_SHINGLES) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let i = 0; i < shingles; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_LENGTH; j++) h = Math.imul(h ^ codes[j]!, 0x01000193);
    h = fmix32(h);
    const bin = h % SIGNATURE_SIZE;
    const value = Math.floor(h / SIGNATURE_SIZE);
    if (value < signature[bin]!) signature[bin] = value;
  }
  return signature;
}

/** A signature as stored, and back; copied, since a Buffer from SQLite may start at any byte offset. */
export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** Estimated Jaccard similarity of the two shingle sets: the share of bins, filled in either, that agree. */
export function similarityOf(a: Uint32Array, b: Uint32Array): number {
  let filled = 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    filled++;
    if (a[i] === b[i]) equal++;
  }
  return filled === 0 ? 0 : equal / filled;
}

/** A band's values hashed to 53 bits: two 32-bit hashes, so a collision (harmless, as pairs are confirmed) is rare. */
function bandKey(rows: Uint32Array): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (const value of rows) {
    h1 = fmix32(h1 ^ value);
    h2 = fmix32(Math.imul(h2, 31) + value);
  }
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

export type SimilarPair = { a: number; b: number; similarity: number };

/**
 * Pairs of documents whose similarity reaches the threshold. A band's bucket holding more than
 * `maxBucket` documents is boilerplate shared by many texts, not duplication, and is skipped so the
 * work stays linear.
 */
export function findNearDuplicates(signatures: ReadonlyMap<number, Uint32Array>, threshold: number, maxBucket = 50): SimilarPair[] {
  const seen = new Set<number>();
  const pairs: SimilarPair[] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (const [id, signature] of signatures) {
      const rows = signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
      if (rows.includes(EMPTY)) continue;
      const key = bandKey(rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(id);
      else buckets.set(key, [id]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = bucket[i]! < bucket[j]! ? [bucket[i]!, bucket[j]!] : [bucket[j]!, bucket[i]!];
          const key = a * 0x4000000 + b; // exact while ids stay below 2^26 (67 million documents)
          if (seen.has(key)) continue;
          seen.add(key);
          const similarity = similarityOf(signatures.get(a)!, signatures.get(b)!);
          if (similarity >= threshold) pairs.push({ a, b, similarity });
        }
      }
    }
  }
  return pairs;
}
