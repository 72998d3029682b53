import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildScannedPdf, characterAccuracy, renderScannedPage } from '../../shared/test-scan.js';
import { createTestApp, testParser, upload, type TestClient } from '../../test-app.js';
import { createInventory } from '../../app.dependencies.js';
import { createOcrQueue } from './ocr.queue.js';

// The scan is drawn from the fixture's known text, so OCR is tested with nothing but the repository.
const sourceLines = fs.readFileSync(fileURLToPath(new URL('../../../fixtures/090-scan-png-notice/source.txt', import.meta.url)), 'utf8').trim().split('\n');
const knownSentence = '规范性文件应当自印发之日起三十日内报送备案';

async function documentOf(app: TestClient, id: number) {
  return (await (await app.request(`/api/documents/${id}`)).json()).document;
}
async function textOf(app: TestClient, id: number): Promise<string> {
  return (await (await app.request(`/api/documents/${id}/text`)).json()).text;
}
async function searchIds(app: TestClient, q: string): Promise<number[]> {
  const body = await (await app.request(`/api/search?q=${encodeURIComponent(q)}`)).json();
  return body.results.map((result: { id: number }) => result.id);
}

// OCR takes seconds a page, more on a busy machine.
describe('scans are read by OCR in the background', { timeout: 180_000 }, () => {
  test('an uploaded scan is accepted at once, pending; once the queue has read it, its text is shown and searchable', async () => {
    const { app, ocrQueue } = createTestApp();
    const response = await upload(app, [{ name: '扫描件.png', bytes: renderScannedPage(sourceLines) }]);
    expect(response.status).toBe(201);
    const [result] = (await response.json()).results;
    expect(result).toMatchObject({ status: 'imported', document: { format: 'png', ocr: { state: 'pending', pages: 1, pagesDone: 0 } } });
    const id = result.document.id;
    // The page says the text is still being read, and reloads itself until it is.
    const pendingPage = await (await app.request(`/documents/${id}`)).text();
    expect(pendingPage).toContain('正在进行文字识别（OCR）');
    expect(pendingPage).toContain('http-equiv="refresh"');

    await ocrQueue.wake();

    const document = await documentOf(app, id);
    expect(document.ocr).toMatchObject({ state: 'done', pages: 1, pagesDone: 1, error: null });
    expect(document.ocr.confidence).toBeGreaterThan(0.9);
    const text = await textOf(app, id);
    expect(characterAccuracy(sourceLines.join('\n'), text)).toBeGreaterThanOrEqual(0.9);
    expect(text).toContain(knownSentence);
    // Metadata is read from the recognised text.
    expect(document).toMatchObject({ docNumber: '平政办发〔2023〕17号', issuer: '平凉市人民政府办公室', issuedOn: '2023-05-08', docType: '通知' });
    expect(await searchIds(app, '三十日内报送备案')).toEqual([id]);

    const pages = await (await app.request(`/api/documents/${id}/pages`)).json();
    expect(pages.pages).toEqual([expect.objectContaining({ pageNumber: 1, width: 1240, height: 1754 })]);
    const image = await app.request(`/api/documents/${id}/pages/1/image`);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await image.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const page = await (await app.request(`/documents/${id}`)).text();
    expect(page).toContain('本文文字由 OCR 从扫描件识别');
    expect(page).toMatch(/平均置信度 \d+\.\d%/);
    expect(page).toContain(`/api/documents/${id}/pages/1/image`);
    expect(page).toContain('id="ocr-text-form"');
    expect(await (await app.request('/documents')).text()).toContain('OCR 识别');
  });

  test('a scanned PDF (pictures and a scanner watermark for text layer) is read page by page', async () => {
    const { app, ocrQueue } = createTestApp();
    const jpeg = { bytes: renderScannedPage(sourceLines, { format: 'jpeg' }), width: 1240, height: 1754 };
    const response = await upload(app, [{ name: '扫描件.pdf', bytes: buildScannedPdf({ pages: 2, jpeg, watermark: 'CamScanner' }) }]);
    expect(response.status).toBe(201);
    const { document } = (await response.json()).results[0];
    expect(document.ocr).toMatchObject({ state: 'pending', pages: 2 });

    await ocrQueue.wake();

    expect((await documentOf(app, document.id)).ocr).toMatchObject({ state: 'done', pagesDone: 2 });
    const text = await textOf(app, document.id);
    expect(text.split(knownSentence).length - 1).toBe(2);
  });

  test('a server stopped in the middle of a scan goes on after the last page read when it starts again', async () => {
    const { app, ocrQueue, db } = createTestApp();
    const jpeg = { bytes: renderScannedPage(sourceLines, { format: 'jpeg' }), width: 1240, height: 1754 };
    const { document } = (await (await upload(app, [{ name: '扫描件.pdf', bytes: buildScannedPdf({ pages: 2, jpeg }) }])).json()).results[0];
    await ocrQueue.stop(); // the upload woke the queue; it stops after the page it is reading
    const stopped = (await documentOf(app, document.id)).ocr;
    expect(stopped.state).toBe('running');
    expect(stopped.pagesDone).toBeLessThan(2);

    // The next start's queue, on the same database, picks it up.
    await createOcrQueue({ db, parser: testParser(), documentsRepository: createInventory(db) }).wake();
    expect((await documentOf(app, document.id)).ocr).toMatchObject({ state: 'done', pagesDone: 2 });
    expect((await textOf(app, document.id)).split(knownSentence).length - 1).toBe(2);
  });

  test('staff correct the recognised text: metadata is read again and the search index follows', async () => {
    const { app, ocrQueue, as } = createTestApp();
    const { id } = (await (await upload(app, [{ name: '扫描件.png', bytes: renderScannedPage(sourceLines) }])).json()).results[0].document;
    await ocrQueue.wake();

    const corrected = (await textOf(app, id)).replace('平政办发', '平政发').replace('三十日内报送备案', '十五日内报送备案');
    expect((await as('viewer').request(`/api/documents/${id}/text`, { method: 'PUT', body: JSON.stringify({ text: corrected }), headers: { 'content-type': 'application/json' } })).status).toBe(403);
    const response = await app.request(`/api/documents/${id}/text`, { method: 'PUT', body: JSON.stringify({ text: corrected }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    const { document } = await response.json();
    expect(document.docNumber).toBe('平政发〔2023〕17号');
    expect(document.ocr.textCorrectedAt).not.toBeNull();
    expect(await textOf(app, id)).toBe(corrected);
    expect(await searchIds(app, '十五日内报送备案')).toEqual([id]);
    expect(await searchIds(app, '三十日内报送备案')).toEqual([]);
  });

  test('the text of a document that is not a scan cannot be replaced here', async () => {
    const { app } = createTestApp();
    const { id } = (await (await upload(app, [{ name: 'a.txt', bytes: Buffer.from('平凉市测试办法\n第一条 为了测试，制定本办法。') }])).json()).results[0].document;
    const response = await app.request(`/api/documents/${id}/text`, { method: 'PUT', body: JSON.stringify({ text: '别的' }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('ocr.not_scan');
  });
});

describe('bad scans are refused with a clear error, and nothing is stored', { timeout: 120_000 }, () => {
  async function expectRefused(app: TestClient, file: { name: string; bytes: Buffer }, status: number, code: string) {
    const response = await upload(app, [file]);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(file.name);
    expect((await (await app.request('/api/documents')).json()).total).toBe(0);
    return body.error.message as string;
  }

  test('a corrupt image', async () => {
    const { app } = createTestApp();
    const png = renderScannedPage(sourceLines);
    await expectRefused(app, { name: '坏图.png', bytes: png.subarray(0, Math.floor(png.length / 2)) }, 422, 'ingest.corrupt_image');
    await expectRefused(app, { name: '坏图.jpg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]) }, 422, 'ingest.corrupt_image');
  });

  test('a 500-page scan, past the page limit', async () => {
    const { app } = createTestApp();
    const message = await expectRefused(app, { name: '五百页.pdf', bytes: buildScannedPdf({ pages: 500 }) }, 413, 'ingest.too_many_pages');
    expect(message).toContain('共 500 页，上限 200 页');
  });

  test('an encrypted PDF', async () => {
    const { app } = createTestApp();
    await expectRefused(app, { name: '加密.pdf', bytes: buildScannedPdf({ pages: 1, encrypted: true }) }, 422, 'ingest.encrypted');
  });
});
