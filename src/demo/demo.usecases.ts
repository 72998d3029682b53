import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { Parser } from '../ingest/formats/parse-pool.js';
import { importDocument, type ImportLimits } from '../ingest/ingest.usecases.js';

/** Demo documents offered on a first start: written for the project, one per layout and format, named by their titles. */
const demoDir = fileURLToPath(new URL('./documents', import.meta.url));

export async function importDemoDocuments({ documentsRepository, parser, limits }: { documentsRepository: DocumentsRepository; parser: Parser; limits: ImportLimits }) {
  const results = [];
  for (const fileName of (await fs.readdir(demoDir)).sort()) {
    const bytes = await fs.readFile(path.join(demoDir, fileName));
    results.push(await importDocument({ bytes, fileName, documentsRepository, parser, limits }));
  }
  return results;
}
