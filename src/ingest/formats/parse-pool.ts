import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.js';
import { createParseTimeoutError, createParseTooLargeError } from '../ingest.errors.js';
import type { ReadDocument, ReadText } from '../read-document.js';
import type { ParseLimits } from './formats.types.js';
import type { ocrPage } from './parse.worker.js';

export type ParseOptions = { parseTimeoutMs: number; parseMemoryMb: number };
export type OcrPageResult = Extract<Awaited<ReturnType<typeof ocrPage>>, { ok: true }>['value'];

/** Whatever reads a file: the worker pool in the app, readDocument itself where a benchmark compares the two. */
export type Parser = {
  parse(args: { bytes: Buffer; fileName: string; limits: ParseLimits }): Promise<ReadDocument>;
  /** OCR of one page of a stored scan; each page is a task of its own, with the pool's time and memory limits. */
  ocrPage?(args: { bytes: Buffer; format: string; pageNumber: number; fileName: string }): Promise<OcrPageResult>;
  /** Reads metadata from a text that came from OCR or from staff's correction of it. */
  readText?(args: { text: string; fileName: string }): Promise<ReadText>;
};
export type ParsePool = Required<Parser> & { close(): Promise<void> };

type Settled<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; status: number; details?: unknown } };

/**
 * Parses files in worker threads, so a slow or hostile file can neither block the server's event loop
 * nor outlive its time and memory limits: the worker running it is terminated and the file refused.
 * OCR runs there too, a page per task, under the same limits.
 */
export function createParsePool({ parseTimeoutMs, parseMemoryMb }: ParseOptions): ParsePool {
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

  // A worker that dies outside a task (out of memory while starting, say) is replaced by the pool; it must
  // not take the server down with an unhandled error event.
  pool.on('error', (error: Error) => console.error(`解析线程异常退出：${error.message}`));

  async function run<T>(task: object, name: string, fileName: string): Promise<T> {
    let result: Settled<T>;
    try {
      result = await pool.run(task, { name, signal: AbortSignal.timeout(parseTimeoutMs) });
    } catch (error) {
      const errorName = (error as Error).name;
      if (errorName === 'AbortError' || errorName === 'TimeoutError') throw createParseTimeoutError(fileName, `超过 ${Math.round(parseTimeoutMs / 1000)} 秒`);
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw createParseTooLargeError(fileName);
      throw error;
    }
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.status as AppError['status'], result.error.details);
    return result.value;
  }

  return {
    parse: ({ bytes, fileName, limits }) => run<ReadDocument>({ bytes: new Uint8Array(bytes), fileName, limits }, 'default', fileName),
    ocrPage: ({ bytes, format, pageNumber, fileName }) =>
      run<OcrPageResult>({ bytes: new Uint8Array(bytes), format, pageNumber, fileName }, 'ocrPage', `${fileName} 第 ${pageNumber} 页`),
    readText: ({ text, fileName }) => run<ReadText>({ text, fileName }, 'readTextInWorker', fileName),
    close: () => pool.destroy(),
  };
}
