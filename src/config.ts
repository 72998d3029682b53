import path from 'node:path';
import { DEFAULT_MAX_SCAN_PAGES } from './ingest/formats/formats.types.js';

/** Every setting the app reads, with its default. Only environment variables listed here are read. */
export type AppConfig = {
  port: number;
  /** The interface the server listens on: unset, every interface (other computers of the office reach it). */
  host: string | undefined;
  dataDir: string;
  /** Largest single file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest upload request (several files), in bytes. */
  maxRequestBytes: number;
  /** Largest total uncompressed size of a zip-based format (docx, ofd), guarding against zip bombs. */
  maxExpandedBytes: number;
  /** Files parsed at once by a bulk import. */
  importConcurrency: number;
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Failed sign-ins in a row before an account is locked, and for how long. */
  maxFailedSignIns: number;
  lockMinutes: number;
  /** Each failed sign-in in a row waits this much longer before answering. */
  signInDelayMs: number;
  /** A file whose parsing takes longer, or needs more memory, is refused. */
  parseTimeoutMs: number;
  parseMemoryMb: number;
  /** A scan with more pages is refused at upload. */
  maxScanPages: number;
  /** Review suggestions: 暂行/试行 rules older than this many years are flagged for improvement. */
  provisionalMaxYears: number;
  /** Two texts at or above this estimated similarity are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Near-duplicates at or above this similarity: the older one is suggested for abolition, not merging. */
  duplicateAbolishSimilarity: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST || undefined,
    dataDir: path.resolve(env.ZHIDU_DATA_DIR ?? 'data'),
    maxFileBytes: 50 * 1024 * 1024,
    maxRequestBytes: 200 * 1024 * 1024,
    maxExpandedBytes: 300 * 1024 * 1024,
    importConcurrency: 4,
    sessionHours: 12,
    maxFailedSignIns: 5,
    lockMinutes: 15,
    signInDelayMs: 300,
    parseTimeoutMs: 60_000,
    parseMemoryMb: 1024,
    maxScanPages: DEFAULT_MAX_SCAN_PAGES,
    provisionalMaxYears: 3,
    nearDuplicateThreshold: 0.8,
    duplicateAbolishSimilarity: 0.95,
  };
}

export function databasePath(config: Pick<AppConfig, 'dataDir'>) {
  return path.join(config.dataDir, 'zhidu.sqlite');
}
