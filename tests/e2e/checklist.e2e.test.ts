import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { ruleFile } from '../../src/test-app.js';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

describe.skipIf(browserSkipReason)('checklist in a real browser', () => {
  const context = useBrowserAndServer();

  test('a leader opens the checklist of an approved round and downloads it as .docx, .xlsx and .csv, and prints it', async () => {
    const { browser, server } = context;
    // Staff import, open a round, accept the suggestions and submit; a leader approves all.
    const staff = await browser.newPage();
    await signIn(staff, server.url, 'staff');
    const api = (page: typeof staff, method: string, url: string, body?: unknown) => page.evaluate(async ({ method, url, body }) => {
      const csrf = document.querySelector('meta[name="csrf-token"]')!.getAttribute('content')!;
      const response = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
      return response.json();
    }, { method, url, body });
    await staff.goto(`${server.url}/upload`);
    await staff.setInputFiles('#file-input', [ruleFile('平凉市城市管理办法', '2015-03-01'), ruleFile('平凉市城市管理办法', '2021-06-01')]
      .map(({ name, bytes }) => ({ name, mimeType: 'text/plain', buffer: bytes })));
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 2);
    const { round } = await api(staff, 'POST', '/api/review/rounds', { name: '2026年度清理' });
    const { dispositions } = await api(staff, 'GET', `/api/review/rounds/${round.id}/dispositions`);
    const ids = dispositions.map((d: { id: number }) => d.id);
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'accept_suggestion', ids });
    await api(staff, 'POST', '/api/review/dispositions/propose', { action: 'submit', ids });

    const context2 = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
    const leader = await context2.newPage();
    await signIn(leader, server.url, 'leader');
    await api(leader, 'POST', '/api/review/dispositions/decide', { action: 'approve', ids });

    await leader.goto(`${server.url}/checklist`);
    await Promise.all([leader.waitForURL(/\/checklist\/\d+$/), leader.click('text=2026年度清理')]);
    expect(await leader.locator('.checklist-section table.checklist-table tbody tr').count()).toBe(2);
    await leader.screenshot({ path: path.join(artifactsDir, 'checklist.png'), fullPage: true });

    const saved: Record<string, Buffer> = {};
    for (const format of ['docx', 'xlsx', 'csv']) {
      const [download] = await Promise.all([leader.waitForEvent('download'), leader.click(`#download-${format}`)]);
      expect(download.suggestedFilename()).toBe(`2026年度清理制度清单.${format}`);
      const file = path.join(artifactsDir, `checklist.${format}`);
      await download.saveAs(file);
      saved[format] = fs.readFileSync(file);
    }
    const { value: text } = await mammoth.extractRawText({ buffer: saved.docx! });
    expect(text).toContain('三、废止（宣布失效）的制度');
    expect(text).toContain('已有同名的新版本');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved.xlsx! as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('废止')!.getCell('B2').value).toBe('平凉市城市管理办法');
    expect(saved.csv!.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    // The print view opens in a new tab and is laid out for A4.
    const [print] = await Promise.all([context2.waitForEvent('page'), leader.click('#print-view')]);
    await print.waitForLoadState();
    expect(await print.locator('.print-section').count()).toBe(4);
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('#print').isVisible()).toBe(false);
    const pdf = await print.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    fs.writeFileSync(path.join(artifactsDir, 'checklist-print.pdf'), pdf);

    // The downloads and the print were identical content: one version.
    await leader.reload();
    expect(await leader.locator('.versions tbody tr').count()).toBe(1);
    await context2.close();
  });
});
