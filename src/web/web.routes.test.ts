import { expect, test } from 'vitest';
import { createTestApp, readFixture, upload } from '../test-app.js';

test('the home page of an empty database offers the demo documents', async () => {
  const { app } = createTestApp();
  const html = await (await app.request('/')).text();
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('导入示例文件');
});

test('every asset a page loads is served by the app itself', async () => {
  const { app } = createTestApp();
  await upload(app, [readFixture('010-docx-notice')]);
  for (const page of ['/', '/documents', '/upload', '/documents/1']) {
    const html = await (await app.request(page)).text();
    const assets = [...html.matchAll(/<(?:script|link|img)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset, `${page} loads ${asset}`).toMatch(/^\/static\//);
      expect((await app.request(asset)).status, asset).toBe(200);
    }
  }
});

test('the document list shows titles escaped, so a title cannot inject markup', async () => {
  const { app } = createTestApp();
  await upload(app, [{ name: 'x.txt', bytes: Buffer.from('<img src=x onerror=alert(1)>关于测试的通知\n第一条 内容。') }]);
  const html = await (await app.request('/documents')).text();
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;关于测试的通知');
  expect(html).not.toContain('<img src=x');
});

test('the document page has anchors for chapters and articles, the metadata form and the download link', async () => {
  const { app } = createTestApp();
  await upload(app, [readFixture('014-docx-wrapped-title')]);
  const html = await (await app.request('/documents/1')).text();
  expect(html).toContain('id="chapter-2"');
  expect(html).toContain('id="article-5"');
  expect(html).toContain('href="#chapter-2"');
  expect(html).toContain('id="metadata-form"');
  expect(html).toContain('href="/api/documents/1/original"');
});

test('pages send a content security policy without inline scripts, and refuse framing', async () => {
  const { app } = createTestApp();
  const response = await app.request('/documents');
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(await response.text()).not.toMatch(/<script(?![^>]*src=)/);
});

test('a missing page is shown as a page in Chinese to a browser', async () => {
  const { app } = createTestApp();
  const response = await app.request('/documents/12345', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('文件不存在或已被删除');
});
