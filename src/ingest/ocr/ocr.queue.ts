import pLimit from 'p-limit';
import type { AppDatabase } from '../../db/database.js';
import type { DocumentsRepository } from '../../documents/documents.repository.js';
import { isAppError } from '../../shared/errors.js';
import type { ParsePool } from '../formats/parse-pool.js';
import { createOcrRepository } from './ocr.repository.js';

export type OcrProgress = { documentId: number; fileName: string; page: number; pages: number };

/**
 * Reads scans in the background, one page at a time through the worker pool (so OCR never blocks the
 * server and each page has the pool's time and memory limits). Its work list is the database: scans
 * pending or left running by a stopped server are picked up by the next `wake()`, which the server
 * calls at start and after each upload. Pages already read are kept, so a restart resumes.
 */
export function createOcrQueue({ db, parser, documentsRepository, onProgress, pagesAtOnce = 1 }: {
  db: AppDatabase; parser: Pick<ParsePool, 'ocrPage' | 'readText'>; documentsRepository: DocumentsRepository; onProgress?: (progress: OcrProgress) => void;
  /**
   * Pages read at the same time. The server reads one, so a long scan leaves the other workers to imports;
   * the command line, with nothing else to serve, reads as many as the pool has workers.
   */
  pagesAtOnce?: number;
}) {
  const limit = pLimit(pagesAtOnce);
  const ocrRepository = createOcrRepository({ db, documentsRepository });
  let running: Promise<void> | null = null;
  let wokenAgain = false;
  let stopped = false;

  async function readScan(id: number) {
    const row = documentsRepository.getById(id);
    ocrRepository.markRunning(id);
    try {
      const bytes = documentsRepository.getOriginal(id);
      const pages = row.ocrPages ?? 0;
      const read = ocrRepository.pageNumbersRead(id);
      const unread = Array.from({ length: pages }, (_, i) => i + 1).filter((page) => !read.has(page));
      await Promise.all(unread.map((page) => limit(async () => {
        if (stopped) return;
        ocrRepository.savePage(id, page, await parser.ocrPage({ bytes, format: row.format, pageNumber: page, fileName: row.fileName }));
        onProgress?.({ documentId: id, fileName: row.fileName, page, pages });
      })));
      if (stopped) return;
      const { text, confidence } = ocrRepository.recognisedText(id);
      ocrRepository.finish(id, text, await parser.readText({ text, fileName: row.fileName }), confidence);
    } catch (error) {
      if (stopped) return;
      const message = isAppError(error) ? error.message : `识别出错：${String((error as Error)?.message ?? error).slice(0, 200)}`;
      ocrRepository.markFailed(id, message);
    }
  }

  async function work() {
    do {
      wokenAgain = false;
      for (let id = ocrRepository.nextToRead(); id !== null && !stopped; id = ocrRepository.nextToRead()) {
        await readScan(id);
      }
    } while (wokenAgain && !stopped);
  }

  return {
    /** Starts reading whatever scans wait, unless already at it; resolves when none is left. */
    wake(): Promise<void> {
      wokenAgain = true;
      running ??= work()
        .catch((error) => console.error('OCR 队列出错：', error))
        .finally(() => { running = null; });
      return running;
    },
    /** Stops after the page being read; what is left stays pending for the next start. */
    async stop() {
      stopped = true;
      await running;
    },
  };
}

export type OcrQueue = ReturnType<typeof createOcrQueue>;
