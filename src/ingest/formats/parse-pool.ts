import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.js';
import { createParseTimeoutError, createParseTooLargeError } from '../ingest.errors.js';
import type { ReadDocument } from '../read-document.js';
import type { ParseLimits } from './formats.types.js';
import type parseInWorker from './parse.worker.js';

export type ParseOptions = { parseTimeoutMs: number; parseMemoryMb: number };
/** Whatever reads a file: the worker pool in the app, readDocument itself where a benchmark compares the two. */
export type Parser = { parse(args: { bytes: Buffer; fileName: string; limits: ParseLimits }): Promise<ReadDocument> };

/**
 * Parses files in worker threads, so a slow or hostile file can neither block the server's event loop
 * nor outlive its time and memory limits: the worker running it is terminated and the file refused.
 */
export function createParsePool({ parseTimeoutMs, parseMemoryMb }: ParseOptions): Parser & { close(): Promise<void> } {
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./parse.worker.ts', import.meta.url)),
    // Workers load TypeScript through tsx, whatever started the main thread.
    execArgv: ['--import', 'tsx'],
    maxThreads: Math.max(1, os.availableParallelism()),
    minThreads: 1,
    idleTimeout: 60_000,
    // The heap limit does not count ArrayBuffers: those are bounded by the input size limit and by zip
    // entries being inflated under a cap on the bytes really produced (zip.ts), never by declared sizes.
    resourceLimits: { maxOldGenerationSizeMb: parseMemoryMb },
  });

  return {
    async parse({ bytes, fileName, limits }) {
      let result: Awaited<ReturnType<typeof parseInWorker>>;
      try {
        result = await pool.run({ bytes: new Uint8Array(bytes), fileName, limits }, { signal: AbortSignal.timeout(parseTimeoutMs) });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'AbortError' || name === 'TimeoutError') throw createParseTimeoutError(fileName, `超过 ${Math.round(parseTimeoutMs / 1000)} 秒`);
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw createParseTooLargeError(fileName);
        throw error;
      }
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.status as AppError['status'], result.error.details);
      return result.document;
    },
    close: () => pool.destroy(),
  };
}

