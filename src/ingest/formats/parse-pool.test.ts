import { afterAll, expect, test } from 'vitest';
import { readFixture } from '../../test-app.js';
import { createParsePool } from './parse-pool.js';
import { renderScannedPage } from '../../shared/test-scan.js';

const limits = { maxExpandedBytes: 50 * 1048576 };
const pools: ReturnType<typeof createParsePool>[] = [];
const pool = (options: Parameters<typeof createParsePool>[0]) => {
  const created = createParsePool(options);
  pools.push(created);
  return created;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

test('a worker reads a document: text, metadata and structure', async () => {
  const document = await pool({ parseTimeoutMs: 30_000, parseMemoryMb: 512 }).parse({ ...fileOf('010-docx-notice'), limits });
  expect(document).toMatchObject({ format: 'docx', metadata: { docNumber: '平政办发〔2021〕66号', articleCount: 5 } });
});

test('errors cross from the worker with their code and message', async () => {
  await expect(pool({ parseTimeoutMs: 30_000, parseMemoryMb: 512 }).parse({ bytes: Buffer.alloc(0), fileName: '空.txt', limits }))
    .rejects.toMatchObject({ code: 'ingest.empty_file', status: 422, message: '空.txt：文件为空' });
});

test('a parse that takes too long is stopped and refused, and the pool goes on working', async () => {
  const hasty = pool({ parseTimeoutMs: 5, parseMemoryMb: 512 });
  await expect(hasty.parse({ ...fileOf('020-pdf-implementation-rules'), limits })).rejects.toMatchObject({ code: 'ingest.parse_timeout' });
  const patient = pool({ parseTimeoutMs: 30_000, parseMemoryMb: 512 });
  expect((await patient.parse({ ...fileOf('020-pdf-implementation-rules'), limits })).format).toBe('pdf');
});

test('a parse that needs more memory than allowed is stopped and refused', async () => {
  const tight = pool({ parseTimeoutMs: 30_000, parseMemoryMb: 4 });
  const big = Buffer.from(`平凉市测试管理办法\n${'第一条 为了规范管理，制定本办法。《甲》《乙》\n'.repeat(200_000)}`);
  await expect(tight.parse({ bytes: big, fileName: 'big.txt', limits })).rejects.toMatchObject({ code: 'ingest.parse_too_large' });
});

function fileOf(folder: string) {
  const { name, bytes } = readFixture(folder);
  return { bytes, fileName: name };
}

test('OCR of a page runs in the pool under the same time limit', { timeout: 120_000 }, async () => {
  const png = renderScannedPage(['平凉市人民政府文件', '第一条 为了规范管理，制定本办法。']);
  await expect(pool({ parseTimeoutMs: 5, parseMemoryMb: 512 }).ocrPage({ bytes: png, format: 'png', pageNumber: 1, fileName: '扫描.png' }))
    .rejects.toMatchObject({ code: 'ingest.parse_timeout', message: expect.stringContaining('扫描.png 第 1 页') });
});

test('a PDF with a text layer is read from it, not marked for OCR', async () => {
  const document = await pool({ parseTimeoutMs: 30_000, parseMemoryMb: 512 }).parse({ ...fileOf('020-pdf-implementation-rules'), limits });
  expect(document.scanPages).toBeUndefined();
  expect(document.text).toContain('专项资金实行项目库管理');
});
