import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readDocument } from './read-document.js';

// Each folder of fixtures/ holds one document (input.*) and what must be read from it (expected.json).
// Adding a case is adding a folder.
const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));
const folders = fs.readdirSync(fixturesDir).filter((name) => /^\d{3}-/.test(name)).sort();

describe('fixture documents', () => {
  test('there are at least 30 of them, in every supported format', () => {
    expect(folders.length).toBeGreaterThanOrEqual(30);
    const formats = new Set(folders.map((folder) => JSON.parse(fs.readFileSync(path.join(fixturesDir, folder, 'expected.json'), 'utf8')).format));
    expect([...formats].sort()).toEqual(['doc', 'docx', 'html', 'md', 'ofd', 'pdf', 'txt']);
  });

  test.each(folders)('%s', async (folder) => {
    const dir = path.join(fixturesDir, folder);
    const input = fs.readdirSync(dir).find((name) => name.startsWith('input.'));
    expect(input, `${folder} has no input file`).toBeDefined();
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));

    const { format, metadata, kind, evidence } = await readDocument({ bytes: fs.readFileSync(path.join(dir, input!)), fileName: input!, limits: { maxExpandedBytes: 50 * 1048576 } });
    // Kind and evidence are checked where the case states them.
    expect({ format, ...metadata, ...('kind' in expected && { kind }), ...('evidence' in expected && { evidence }) }).toEqual(expected);
  });
});
