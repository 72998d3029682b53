import fs from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import { createUnreadableFileError } from './ingest.errors.js';
import type { Parser } from './formats/parse-pool.js';
import { importDocument, type ImportLimits, type ImportResult } from './ingest.usecases.js';

/** Extensions picked up when walking a folder; a file named on the command line is always tried. */
const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.wps', '.pdf', '.txt', '.text', '.html', '.htm', '.md', '.markdown', '.ofd', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

/** The files to import: files as given, folders walked recursively for document files (hidden files skipped). */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given);
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const hidden = path.relative(given, file).split(path.sep).some((part) => part.startsWith('.'));
      if (hidden) continue;
      (DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? files : skipped).push(file);
    }
  }
  return { files: files.sort(), skipped };
}

/**
 * Imports files with bounded concurrency: reading and parsing overlap, writes go one at a time through
 * SQLite. `onResult` hears about each file as soon as it is done.
 */
export async function importFiles({ files, documentsRepository, parser, limits, concurrency, onResult }: {
  files: string[];
  documentsRepository: DocumentsRepository;
  parser: Parser;
  limits: ImportLimits;
  concurrency: number;
  onResult?: (result: ImportResult) => void;
}): Promise<ImportResult[]> {
  const limit = pLimit(concurrency);
  return Promise.all(files.map((file) => limit(async () => {
    let result: ImportResult;
    try {
      const bytes = await fs.readFile(file);
      result = await importDocument({ bytes, fileName: file, documentsRepository, parser, limits });
    } catch (error) {
      result = { file, status: 'failed', error: createUnreadableFileError(file, '无法读取该文件', (error as NodeJS.ErrnoException).code ?? String(error)) };
    }
    onResult?.(result);
    return result;
  })));
}
