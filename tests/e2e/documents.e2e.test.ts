import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, startServer, useBrowserAndServer } from './browser.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/010-docx-notice/input.docx');

describe.skipIf(browserSkipReason)('in a real browser', () => {
  const context = useBrowserAndServer();

  test('upload a .docx, find it in the list, open it, correct its 文号, reload and see the correction', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, server.url, 'staff');
    const failedRequests: string[] = [];
    // A request the page itself cancels by navigating away (net::ERR_ABORTED) is no failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${request.failure()?.errorText} ${request.url()}`);
    });
    page.on('response', (response) => { if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`); });

    await page.goto(`${server.url}/upload`);
    await page.setInputFiles('#file-input', { name: '政府投资项目管理暂行办法.docx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(fixture) });
    await page.waitForSelector('#upload-results td.result-imported');
    expect(await page.textContent('#upload-results tr td:nth-child(3)')).toBe('平凉市政府投资项目管理暂行办法');
    await page.screenshot({ path: path.join(artifactsDir, 'upload.png'), fullPage: true });

    await page.goto(`${server.url}/documents`);
    const link = page.getByRole('link', { name: '平凉市政府投资项目管理暂行办法' });
    expect(await link.count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, 'documents.png'), fullPage: true });
    await link.click();

    await page.waitForSelector('#metadata-form');
    expect(await page.textContent('#doc-number')).toBe('平政办发〔2021〕66号');
    await page.fill('input[name=docNumber]', '平政办发[2021]67号');
    await Promise.all([page.waitForEvent('load'), page.click('#metadata-form button[type=submit]')]);
    expect(await page.textContent('#doc-number')).toBe('平政办发〔2021〕67号');

    await page.reload();
    expect(await page.textContent('#doc-number')).toBe('平政办发〔2021〕67号');
    expect(await page.inputValue('input[name=docNumber]')).toBe('平政办发〔2021〕67号');
    expect(await page.locator('.corrected').count()).toBe(1);
    // Re-parsing the original keeps the user's correction.
    await Promise.all([page.waitForEvent('load'), page.click('#reparse-document')]);
    expect(await page.textContent('#doc-number')).toBe('平政办发〔2021〕67号');

    await page.click('a[href="#chapter-2"]');
    expect(await page.evaluate(() => window.location.hash)).toBe('#chapter-2');
    await page.screenshot({ path: path.join(artifactsDir, 'document.png'), fullPage: false });

    expect(failedRequests).toEqual([]);

    // Deleting asks first, then the document is gone from the list.
    page.once('dialog', (dialog) => dialog.accept());
    await Promise.all([page.waitForURL(/\/documents$/), page.click('#delete-document')]);
    expect(await page.getByRole('link', { name: '平凉市政府投资项目管理暂行办法' }).count()).toBe(0);
  });

  test('a first start offers the administrator the demo documents, and one click shows them in the list', async () => {
    const emptyServer = await startServer();
    try {
      const page = await context.browser.newPage();
      await signIn(page, emptyServer.url, 'admin');
      await page.screenshot({ path: path.join(artifactsDir, 'home-empty.png') });
      await Promise.all([page.waitForURL(/\/documents$/), page.click('#import-demo')]);
      expect(await page.locator('table.documents tbody tr').count()).toBeGreaterThanOrEqual(6);
      await page.screenshot({ path: path.join(artifactsDir, 'documents-demo.png'), fullPage: true });
    } finally {
      await emptyServer.stop();
    }
  });
});
