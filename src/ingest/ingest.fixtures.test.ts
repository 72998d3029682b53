import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readDocument, readText } from './read-document.js';
import { recognisePage } from './ocr/ocr.engine.js';
import { characterAccuracy, renderScannedPage } from '../shared/test-scan.js';

// Each folder of fixtures/ holds one document (input.*) and what must be read from it (expected.json).
// Adding a case is adding a folder. A scan's folder has no input: its page is rendered from source.txt by
// the test and read by OCR.
const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));
const folders = fs.readdirSync(fixturesDir).filter((name) => /^\d{3}-/.test(name)).sort();

describe('fixture documents', () => {
  test('there are at least 30 of them, in every supported format', () => {
    expect(folders.length).toBeGreaterThanOrEqual(30);
    const formats = new Set(folders.map((folder) => JSON.parse(fs.readFileSync(path.join(fixturesDir, folder, 'expected.json'), 'utf8')).format));
    expect([...formats].sort()).toEqual(['doc', 'docx', 'html', 'md', 'ofd', 'pdf', 'png', 'txt']);
  });

  test.each(folders)('%s', { timeout: 180_000 }, async (folder) => {
    const dir = path.join(fixturesDir, folder);
    const expectedFormat = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')).format;
    if (expectedFormat === 'png') return expectScanReadByOcr(dir);
    const input = fs.readdirSync(dir).find((name) => name.startsWith('input.'));
    expect(input, `${folder} has no input file`).toBeDefined();
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));

    const { format, metadata, kind, evidence } = await readDocument({ bytes: fs.readFileSync(path.join(dir, input!)), fileName: input!, limits: { maxExpandedBytes: 50 * 1048576 } });
    // Kind and evidence are checked where the case states them.
    expect({ format, ...metadata, ...('kind' in expected && { kind }), ...('evidence' in expected && { evidence }) }).toEqual(expected);
  });
});

/** A scanned page drawn from the folder's source.txt: the import marks it for OCR, OCR reads it, metadata comes from what it read. */
async function expectScanReadByOcr(dir: string) {
  const source = fs.readFileSync(path.join(dir, 'source.txt'), 'utf8').trim();
  const png = renderScannedPage(source.split('\n'));
  const imported = await readDocument({ bytes: png, fileName: 'input.png', limits: { maxExpandedBytes: 50 * 1048576 } });
  expect({ format: imported.format, scanPages: imported.scanPages, text: imported.text }).toEqual({ format: 'png', scanPages: 1, text: '' });

  const { text, confidence } = await recognisePage(png);
  expect(characterAccuracy(source, text)).toBeGreaterThanOrEqual(0.9);
  expect(confidence).toBeGreaterThan(0.9);
  expect({ format: 'png', ...readText(text, 'input.png').metadata }).toEqual(JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')));
}
