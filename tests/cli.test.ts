import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { todayIso } from '../src/documents/documents.models.js';
import { addDays } from '../src/tracking/tracking.models.js';
import { createTrackingRepository } from '../src/tracking/tracking.repository.js';
import { createReviewRepository } from '../src/review/review.repository.js';
import { createRound } from '../src/review/review.usecases.js';
import { readFixture, ruleFile } from '../src/test-app.js';

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

test('suggest --json prints every document with its suggestion; review apply-suggestions drafts them; checklist writes the file', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-'));
  const dir = folderWith(Object.fromEntries([
    ruleFile('平凉市城市管理办法', '2015-03-01'),
    ruleFile('平凉市城市管理办法', '2021-06-01'),
    ruleFile('平凉市档案管理办法', '2024-02-01'),
  ].map(({ name, bytes }) => [name, bytes])));
  expect(zhidu(['import', dir], dataDir).code).toBe(0);

  const suggest = zhidu(['suggest', '--json'], dataDir);
  expect(suggest.code).toBe(0);
  const lines = suggest.stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(3);
  const old = lines.find((line) => line.issuedOn === '2015-03-01');
  const newer = lines.find((line) => line.issuedOn === '2021-06-01');
  expect(old).toEqual({
    id: expect.any(Number), title: '平凉市城市管理办法', issuedOn: '2015-03-01',
    suggestion: { category: 'abolish', reasons: [{ code: 'superseded', message: expect.stringContaining('新版本'), relatedIds: [newer.id] }] },
  });
  expect(newer.suggestion).toEqual({ category: 'keep', reasons: [] });

  expect(zhidu(['review', 'apply-suggestions', '--round', '不存在的批次'], dataDir).code).toBe(1);
  const db = openDatabase(path.join(dataDir, 'zhidu.sqlite'));
  const roundId = createRound({ name: '2026年度清理', scope: {}, startsOn: null, endsOn: null, actor: null, reviewRepository: createReviewRepository({ db }) }).round.id;
  db.$client.close();
  const apply = zhidu(['review', 'apply-suggestions', '--round', '2026年度清理'], dataDir);
  expect(apply).toMatchObject({ code: 0, stdout: expect.stringContaining('3 项') });
  expect(zhidu(['review', 'apply-suggestions', '--round', '2026年度清理'], dataDir).stdout).toContain('0 项');

  // The drafts are not approved: the checklist holds them only as a draft for comments.
  const out = path.join(dataDir, '清单.csv');
  expect(zhidu(['checklist', '--round', '2026年度清理', '--format', 'csv', '--out', out], dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('0 项') });
  expect(zhidu(['checklist', '--round', '2026年度清理', '--format', 'csv', '--out', out, '--all'], dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('3 项（征求意见稿）') });
  expect(fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(4);
  expect(zhidu(['checklist', '--round', '2026年度清理', '--format', 'pdf', '--out', out], dataDir).code).toBe(2);

  const again = openDatabase(path.join(dataDir, 'zhidu.sqlite'));
  const rows = again.$client.prepare('select document_id as documentId, category, status from dispositions where round_id = ?').all(roundId) as { documentId: number }[];
  again.$client.close();
  expect(rows).toHaveLength(3);
  expect(rows.find((row) => row.documentId === old.id)).toEqual({ documentId: old.id, category: 'abolish', status: 'draft' });
  expect(rows.filter((row) => row.documentId !== old.id)).toEqual([
    expect.objectContaining({ category: 'keep', status: 'draft' }), expect.objectContaining({ category: 'keep', status: 'draft' }),
  ]);
});

test('tracking due --json lists the overdue and those due within the days asked, one JSON line each', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-'));
  const db = openDatabase(path.join(dataDir, 'zhidu.sqlite'));
  const trackingRepository = createTrackingRepository({ db });
  const [first, second, third] = trackingRepository.items();
  const today = todayIso();
  trackingRepository.updateItem(first!.id, { deadline: addDays(today, -2), responsibleUnit: '市委办公室' });
  trackingRepository.updateItem(second!.id, { deadline: addDays(today, 7) });
  trackingRepository.updateItem(third!.id, { deadline: addDays(today, 60) });
  db.$client.close();

  const { code, stdout } = zhidu(['tracking', 'due', '--json'], dataDir);
  expect(code).toBe(0);
  expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
    expect.objectContaining({ id: first!.id, name: '党委决策制度', status: 'overdue', responsibleUnit: '市委办公室', stage: 'drafting' }),
    expect.objectContaining({ id: second!.id, name: '专家咨询制度', status: 'due', deadline: addDays(today, 7) }),
  ]);
  expect(zhidu(['tracking', 'due', '--days', '90', '--json'], dataDir).stdout.trim().split('\n')).toHaveLength(3);
  expect(zhidu(['tracking', 'due'], dataDir).stdout).toContain('逾期\t');
});

test('user add takes a unit of the list (matched by name), refuses an unknown one; units recompute proposes every document\'s unit', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-data-'));
  const db = openDatabase(path.join(dataDir, 'zhidu.sqlite'));
  const now = Date.now();
  db.$client.prepare("insert into units (name, short_name, codes, created_at, updated_at) values ('平凉市财政局', '市财政局', '[\"平财\"]', ?, ?)").run(now, now);
  db.$client.close();

  const unknown = zhidu(['user', 'add', 'li', '--role', 'department', '--unit', '市教育局'], dataDir);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('unit.unknown');
  const added = zhidu(['user', 'add', 'wang', '--role', 'department', '--unit', '平凉市财政局'], dataDir);
  expect(added.code).toBe(0);
  expect(added.stdout).toContain('（部门，平凉市财政局）');

  const folder = folderWith({ 'a.txt': ruleFile('平凉市财政专项资金管理办法', '2020-01-01', { docNumber: '平财发〔2020〕3号' }).bytes, 'b.txt': ruleFile('平凉市城市管理办法', '2015-03-01').bytes });
  expect(zhidu(['import', folder], dataDir).code).toBe(0);
  const recomputed = zhidu(['units', 'recompute', '--json'], dataDir);
  expect(recomputed.code).toBe(0);
  expect(JSON.parse(recomputed.stdout)).toEqual({ documents: 2, withUnit: 1, withoutUnit: 1, keptManual: 0 });
  expect(zhidu(['units', 'list'], dataDir).stdout).toMatch(/平凉市财政局\t市财政局\t平财\t在用\t牵头文件 1/);
});
