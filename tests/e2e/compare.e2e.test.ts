import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** Two versions of one rule: the newer inserts an article, rewords one and drops one. */
const version = (year: number, articles: string[]) => ({
  name: `行政规范性文件管理办法-${year}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(['平凉市行政规范性文件管理办法', '', ...articles, '', '平凉市人民政府', `${year}年2月1日`].join('\n')),
});
const OLD = version(2019, [
  '第一条 为了加强行政规范性文件管理，提高制定质量，根据有关法律法规，结合本市实际，制定本办法。',
  '第二条 起草行政规范性文件，应当听取有关部门和公民的意见。',
  '第三条 行政规范性文件由本级人民政府法制机构进行合法性审核。',
  '第四条 行政规范性文件应当向社会公开征求意见，期限一般不少于十五日。',
  '第五条 本办法自2019年3月1日起施行。',
]);
const NEW = version(2024, [
  '第一条 为了加强行政规范性文件管理，提高制定质量，根据有关法律法规，结合本市实际，制定本办法。',
  '第二条 行政规范性文件实行统一登记、统一编号、统一印发制度。',
  '第三条 起草行政规范性文件，应当广泛听取有关部门和公民的意见。',
  '第四条 行政规范性文件由本级人民政府法制机构进行合法性审核。',
  '第五条 本办法自2024年3月1日起施行。',
]);

describe.skipIf(browserSkipReason)('version comparison in a real browser', () => {
  const context = useBrowserAndServer();

  test('a reviewer reads the text beside the form, and opens the 新旧对照 from the "已有新版本" evidence', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await signIn(page, server.url, 'staff');
    await page.goto(`${server.url}/upload`);
    await page.setInputFiles('#file-input', [OLD, NEW]);
    await page.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 2);

    await page.goto(`${server.url}/review`);
    await page.fill('#new-round-form input[name=name]', '2026年度规范性文件清理');
    await Promise.all([page.waitForURL(/\/review\/\d+$/), page.click('#new-round-form button[type=submit]')]);
    // The older version is the one the system suggests to abolish, as superseded.
    const oldRow = page.locator('table.dispositions tbody tr', { has: page.locator('.suggestion-cell .category-abolish') });
    await Promise.all([page.waitForURL(/\/review\/dispositions\/\d+$/), oldRow.locator('a').first().click()]);

    // The document's text and the form side by side; the text scrolls on its own.
    const text = page.locator('#disposition-text');
    await expect.poll(() => text.textContent()).toContain('期限一般不少于十五日');
    const [textBox, formBox] = [await text.boundingBox(), await page.locator('#disposition-form').boundingBox()];
    expect(textBox!.x + textBox!.width).toBeLessThanOrEqual(formBox!.x);
    expect(Math.abs(textBox!.y - formBox!.y)).toBeLessThan(200);
    expect(await text.evaluate((element) => getComputedStyle(element).overflowY)).toBe('auto');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'disposition-with-text.png') });

    // The evidence "已有新版本" links to the comparison, old on the left and new on the right.
    await Promise.all([page.waitForURL(/\/documents\/compare\?from=\d+&to=\d+$/), page.locator('.suggestion a.compare-link').first().click()]);
    await expect.poll(() => page.locator('.compare-inserted .compare-new').textContent()).toContain('统一登记、统一编号、统一印发制度');
    expect(await page.locator('.compare-new ins').allTextContents()).toContain('广泛');
    expect(await page.locator('.compare-deleted .compare-old del').allTextContents()).toEqual([
      '第四条 行政规范性文件应当向社会公开征求意见，期限一般不少于十五日。',
    ]);
    // Deletions are struck through in red, insertions underlined in green.
    const deletedStyle = await page.locator('.compare-old del').first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    const insertedStyle = await page.locator('.compare-new ins').first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect([deletedStyle, insertedStyle]).toEqual(['line-through', 'underline']);
    // The unchanged first article is folded, and opens.
    const fold = page.locator('details.compare-fold').first();
    expect(await fold.locator('summary').textContent()).toContain('未修改');
    expect(await fold.locator('.compare-row').first().isVisible()).toBe(false);
    await fold.locator('summary').click();
    expect(await fold.locator('.compare-row').first().isVisible()).toBe(true);
    // Old and new are columns side by side, without scrolling sideways.
    const [oldCell, newCell] = [await page.locator('.compare-changed .compare-old').first().boundingBox(), await page.locator('.compare-changed .compare-new').first().boundingBox()];
    expect(oldCell!.x + oldCell!.width).toBeLessThanOrEqual(newCell!.x + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'compare.png'), fullPage: true });

    // On a phone the two columns stack, still without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'compare-phone.png'), fullPage: true });
  });

  test('any two documents can be picked by title from a document page', async () => {
    const { browser, server } = context;
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await signIn(page, server.url, 'viewer');
    await page.goto(`${server.url}/documents`);
    await page.locator('a', { hasText: '平凉市行政规范性文件管理办法' }).last().click();
    await page.waitForURL(/\/documents\/\d+$/);
    const picker = page.locator('form.compare-with input.title-picker');
    await picker.fill('行政规范性文件管理');
    // The suggestions arrive; the user picks the other version's title.
    await page.waitForFunction(() => (document.getElementById('compare-to-options')?.children.length ?? 0) > 0);
    await picker.fill('平凉市行政规范性文件管理办法');
    await picker.dispatchEvent('change');
    await page.waitForFunction(() => (document.querySelector('form.compare-with input[name=to]') as HTMLInputElement | null)?.value !== '');
    await Promise.all([page.waitForURL(/\/documents\/compare\?/), page.click('form.compare-with button[type=submit]')]);
    expect(await page.locator('.compare-summary').textContent()).toMatch(/修改 \d/);
  });
});
