import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentsRepository } from '../documents/documents.repository.js';
import type { Parser } from '../ingest/formats/parse-pool.js';
import { importDocument, type ImportLimits } from '../ingest/ingest.usecases.js';

/** Demo documents offered on a first start: a few of the project's own fixtures, one per layout and format. */
const DEMO_FIXTURES = [
  '001-header-notice-wrapping-rule/input.txt',
  '002-gazette-layout-rule/input.txt',
  '010-docx-notice/input.docx',
  '011-docx-interim-measures/input.docx',
  '020-pdf-implementation-rules/input.pdf',
  '030-ofd-notice/input.ofd',
  '040-gb18030-opinion/input.txt',
  '050-html-decision/input.html',
];
const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));

export async function importDemoDocuments({ documentsRepository, parser, limits }: { documentsRepository: DocumentsRepository; parser: Parser; limits: ImportLimits }) {
  const results = [];
  for (const fixture of DEMO_FIXTURES) {
    const file = path.join(fixturesDir, fixture);
    const bytes = await fs.readFile(file).catch(() => null);
    if (!bytes) continue; // a trimmed checkout may lack some fixtures; the demo shows what there is
    results.push(await importDocument({ bytes, fileName: await demoFileName(file), documentsRepository, parser, limits }));
  }
  return results;
}

/** The demo file is named as an official would name it: after the document's own title. */
async function demoFileName(file: string): Promise<string> {
  const expected = JSON.parse(await fs.readFile(path.join(path.dirname(file), 'expected.json'), 'utf8')) as { title: string; wrapperTitle: string | null };
  return `${expected.wrapperTitle ?? expected.title}${path.extname(file)}`;
}
