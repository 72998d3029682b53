import { describe, expect, test } from 'vitest';
import { createTestApp, readFixture, upload } from '../test-app.js';

function tableCounts(db: ReturnType<typeof createTestApp>['db']) {
  const count = (table: string) => (db.$client.prepare(`select count(*) as count from ${table}`).get() as { count: number }).count;
  return { documents: count('documents'), contents: count('document_contents'), files: count('document_files') };
}

describe('POST /api/documents', () => {
  test('an uploaded docx is stored with its metadata and listed', async () => {
    const { app } = createTestApp();
    const response = await upload(app, [readFixture('010-docx-notice')]);
    expect(response.status).toBe(201);
    const { results } = await response.json();
    expect(results).toMatchObject([{
      file: 'input.docx',
      status: 'imported',
      document: { title: '平凉市政府投资项目管理暂行办法', docNumber: '平政办发〔2021〕66号', issuer: '平凉市人民政府办公室', format: 'docx', articleCount: 5 },
    }]);

    const list = await (await app.request('/api/documents')).json();
    expect(list.total).toBe(1);
    expect(list.documents[0].title).toBe('平凉市政府投资项目管理暂行办法');
  });

  test('identical bytes are imported once and reported as a duplicate of the stored document', async () => {
    const { app, db } = createTestApp();
    const fixture = readFixture('002-gazette-layout-rule');
    const first = await (await upload(app, [fixture])).json();
    const second = await upload(app, [{ ...fixture, name: '另一个名字.txt' }]);
    expect(second.status).toBe(200);
    const { results } = await second.json();
    expect(results[0]).toMatchObject({ status: 'duplicate', document: { id: first.results[0].document.id } });
    expect(tableCounts(db)).toEqual({ documents: 1, contents: 1, files: 1 });
  });

  test('several files get a result each; a bad one fails alone and stores nothing', async () => {
    const { app, db } = createTestApp();
    const response = await upload(app, [
      readFixture('003-square-bracket-number'),
      { name: '损坏.docx', bytes: readFixture('010-docx-notice').bytes.subarray(0, 2000) },
      readFixture('040-gb18030-opinion'),
    ]);
    expect(response.status).toBe(201);
    const { results } = await response.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['imported', 'failed', 'imported']);
    expect(results[1].error).toEqual({ code: 'ingest.unreadable', message: expect.stringMatching(/^损坏\.docx：文件已损坏/) });
    expect(tableCounts(db)).toEqual({ documents: 2, contents: 2, files: 2 });
  });

  test('when every file fails the answer is an error with a stable code and a Chinese message', async () => {
    const { app, db } = createTestApp();
    const response = await upload(app, [{ name: 'random.pdf', bytes: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)) }]);
    expect(response.status).toBe(415);
    const body = await response.json();
    expect(body.error).toEqual({ code: 'ingest.unsupported_format', message: expect.stringContaining('random.pdf：无法识别的文件格式') });
    expect(tableCounts(db)).toEqual({ documents: 0, contents: 0, files: 0 });
  });

  test('a file over the size limit is refused', async () => {
    const { app } = createTestApp({ maxFileBytes: 1000 });
    const response = await upload(app, [readFixture('010-docx-notice')]);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('ingest.file_too_large');
  });

  test('a request without files is a 400 with a code', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/documents', { method: 'POST', body: new FormData() });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('ingest.no_files');
  });

  test('a file name with a path or control characters is stored as a plain name', async () => {
    const { app } = createTestApp();
    const { results } = await (await upload(app, [{ name: '../../etc/\u0007通知.txt', bytes: readFixture('003-square-bracket-number').bytes }])).json();
    expect(results[0].document.fileName).not.toMatch(/[/\\\u0000-\u001f]/);
  });
});

describe('POST /api/demo', () => {
  test('imports the demo documents into an empty database, once', async () => {
    const { app } = createTestApp();
    const first = await (await app.request('/api/demo', { method: 'POST' })).json();
    expect(first.results.length).toBeGreaterThanOrEqual(6);
    expect(first.results.every((r: { status: string }) => r.status === 'imported')).toBe(true);
    const formats = new Set(first.results.map((r: { document: { format: string } }) => r.document.format));
    expect(formats.size).toBeGreaterThanOrEqual(5);

    const again = await (await app.request('/api/demo', { method: 'POST' })).json();
    expect(again.results.every((r: { status: string }) => r.status === 'duplicate')).toBe(true);
  });
});
