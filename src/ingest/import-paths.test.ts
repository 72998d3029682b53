import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { collectFiles } from './import-paths.js';

test('a folder is walked for document files, .wps included, hidden folders and other files left out', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-walk-'));
  for (const name of ['通知.wps', 'sub/办法.DOC', 'sub/页面.htm', '.hidden/规定.docx', '照片.xyz']) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), 'x');
  }
  const { files, skipped } = await collectFiles([dir]);
  expect(files.map((file) => path.relative(dir, file))).toEqual(['sub/办法.DOC', 'sub/页面.htm', '通知.wps']);
  expect(skipped.map((file) => path.relative(dir, file))).toEqual(['照片.xyz']);
  fs.rmSync(dir, { recursive: true, force: true });
});
