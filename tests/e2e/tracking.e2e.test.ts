import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

describe.skipIf(browserSkipReason)('tracking in a real browser', () => {
  const context = useBrowserAndServer();

  test('staff assign an item to a unit; its department reports progress with minutes attached; the leader sees it move on the dashboard', async () => {
    const { browser, server } = context;
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, server.url, 'staff');
    await staff.goto(`${server.url}/tracking`);
    await Promise.all([staff.waitForURL(/\/tracking\/items\/\d+$/), staff.click('text=专家咨询制度')]);
    const itemUrl = staff.url();
    await staff.selectOption('#assignment-form select[name=responsibleUnit]', '市司法局');
    await staff.fill('#assignment-form input[name=lead]', '王科长');
    await staff.fill('#assignment-form input[name=deadline]', '2027-06-30');
    await Promise.all([staff.waitForEvent('load'), staff.click('#assignment-form button[type=submit]')]);
    expect(await staff.textContent('.doc-line')).toContain('责任单位：市司法局 · 牵头人：王科长 · 完成时限：2027-06-30');

    const leader = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(leader, server.url, 'leader');
    await leader.goto(`${server.url}/tracking`);
    const row = leader.locator('tr', { has: leader.getByRole('link', { name: '专家咨询制度', exact: true }) });
    expect(await row.locator('.stage-label').textContent()).toBe('起草');

    // The department (of 市司法局) reports, moving the item on, with the meeting minutes attached.
    const department = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(department, server.url, 'department');
    await department.goto(itemUrl);
    await department.fill('#report-form textarea[name=text]', '《专家咨询论证办法》征求意见稿已印发各部门');
    await department.check('#report-form input[name=advance]');
    await department.setInputFiles('#report-form input[name=files]', { name: '征求意见函.txt', mimeType: 'text/plain', buffer: Buffer.from('征求意见函') });
    await Promise.all([department.waitForEvent('load'), department.click('#report-form button[type=submit]')]);
    expect(await department.textContent('#item-stage')).toBe('征求意见');
    expect(await department.textContent('#reports')).toContain('征求意见函.txt');
    await department.screenshot({ path: path.join(artifactsDir, 'tracking-item.png'), fullPage: true });

    await leader.reload();
    expect(await row.locator('.stage-label').textContent()).toBe('征求意见');
    expect(await row.locator('.latest').textContent()).toContain('征求意见稿已印发各部门');
    expect(await leader.locator('svg.chart-svg, figure.chart svg').first().getAttribute('aria-label')).toContain('征求意见1');
    await leader.screenshot({ path: path.join(artifactsDir, 'tracking.png'), fullPage: true });

    const [download] = await Promise.all([leader.waitForEvent('download'), leader.click('#download-briefing')]);
    expect(download.suggestedFilename()).toMatch(/^完善制度创新机制工作简报第1期（\d{4}-\d{2}-\d{2}）（样稿）\.docx$/);
    const file = path.join(artifactsDir, 'briefing.docx');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // Staff set the issuing office once, then issue 第1期; the leader finds it listed for download.
    await staff.goto(`${server.url}/tracking`);
    await staff.fill('#office-settings-form input[name=office]', '平凉市司法局');
    await staff.click('#office-settings-form button[type=submit]');
    await staff.waitForFunction(() => document.querySelector('#briefings .form-message')?.textContent === '已保存编印单位');
    staff.once('dialog', (dialog) => dialog.accept());
    await Promise.all([staff.waitForEvent('load'), staff.click('#issue-briefing')]);
    expect(await staff.textContent('#issue-briefing')).toBe('印发第2期');
    await leader.reload();
    const [issued] = await Promise.all([leader.waitForEvent('download'), leader.click('#briefings .briefing-list a')]);
    expect(issued.suggestedFilename()).toMatch(/^完善制度创新机制工作简报第1期（\d{4}-\d{2}-\d{2}）\.docx$/);
  });
});
