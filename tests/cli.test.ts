import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readFixture } from '../src/shared/test-app.js';

const root = path.resolve(import.meta.dirname, '..');

function zhidu(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root, env: { ...process.env, ZHIDU_DATA_DIR: dataDir }, encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folderWith(files: Record<string, Uint8Array>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-import-'));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

test('import --json walks folders and prints one line per file; a failure makes the exit code non-zero', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-'));
  const docx = readFixture('010-docx-notice').bytes;
  const dir = folderWith({
    '2021/通知.docx': docx,
    '2021/副本/通知（副本）.docx': docx,
    '2015/意见.txt': readFixture('040-gb18030-opinion').bytes,
    '损坏.pdf': Buffer.from('%PDF-1.7 this is not really a pdf'),
    '说明.xlsx': Buffer.from('not a document'),
    '.hidden/草稿.txt': Buffer.from('不应导入'),
  });

  const { code, stdout } = zhidu(['import', '--json', dir], dataDir);
  expect(code).toBe(1);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(4);
  const byFile = Object.fromEntries(lines.map((line) => [path.relative(dir, line.file), line]));
  expect(byFile['2015/意见.txt']).toMatchObject({ status: 'imported', document: { title: '平凉市人民政府关于加快发展现代物流业的意见', docNumber: '平政发〔2015〕74号', issuedOn: '2015-12-01', expiresOn: '2020-11-30' } });
  expect(byFile['2015/意见.txt'].document).toHaveProperty('citations');
  expect(byFile['损坏.pdf']).toMatchObject({ status: 'failed', error: { code: 'ingest.unreadable', message: expect.stringContaining('损坏.pdf') } });
  expect([byFile['2021/通知.docx'].status, byFile['2021/副本/通知（副本）.docx'].status].sort()).toEqual(['duplicate', 'imported']);
  expect(fs.existsSync(path.join(dataDir, 'zhidu.sqlite'))).toBe(true);
});

test('import prints a summary and exits 0 when every file was read; importing again reports duplicates', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-'));
  const dir = folderWith({ 'a.txt': readFixture('001-header-notice-wrapping-rule').bytes, 'b.md': readFixture('071-md-gazette-rule').bytes });
  const first = zhidu(['import', dir], dataDir);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('完成：导入 2 件，重复 0 件，失败 0 件');
  const second = zhidu(['import', dir], dataDir);
  expect(second.stdout).toContain('完成：导入 0 件，重复 2 件，失败 0 件');
});

test('an unknown command prints the usage and exits 2', () => {
  const { code, stderr } = zhidu(['frobnicate'], fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-')));
  expect(code).toBe(2);
  expect(stderr).toContain('用法');
});
