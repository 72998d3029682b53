import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifactsDir, browserSkipReason, signIn, useBrowserAndServer } from './browser.js';

/** A rule signed by a unit, so the units feature makes that unit the document's lead. */
function unitRule(title: string, issuer: string, date: string) {
  const [y, m, d] = date.split('-').map(Number);
  const text = [title, '', `第一条 为了规范${title}有关工作，制定本办法。`, `第二条 本办法自${y}年${m}月${d}日起施行。`, '', issuer, `${y}年${m}月${d}日`].join('\n');
  return { name: `${title}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
}

const UNITS = { finance: '平凉市财政局', education: '平凉市教育局', housing: '平凉市住建局' } as const;

async function pageAs(browser: Browser, url: string, username: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', (error) => { throw error; });
  await signIn(page, url, username);
  return page;
}

async function clickAndReload(page: Page, selector: string) {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

/** Fills a department's proposal for one item (by title) on its campaign page, and saves it. */
async function propose(page: Page, title: string, { category, reason, deadline }: { category: 'keep' | 'improve' | 'abolish'; reason: string; deadline?: string }) {
  const row = page.locator('table.campaign-items tbody tr', { has: page.getByRole('link', { name: title, exact: true }) });
  await row.locator('select[name=category]').selectOption(category);
  const ground = await row.locator(`select[name=groundId] option[data-category=${category}]`).first().getAttribute('value');
  await row.locator('select[name=groundId]').selectOption(ground!);
  await row.locator('textarea[name=reason]').fill(reason);
  if (deadline) await row.locator('input[name=deadline]').fill(deadline);
  await Promise.all([page.waitForEvent('load'), row.locator('button[type=submit]').click()]);
}

async function report(page: Page, statement: string) {
  await page.fill('#report-form textarea[name=statement]', statement);
  await clickAndReload(page, '#report-form button[type=submit]');
}

const unitLine = (page: Page, unit: string) => page.locator('#campaign-units tbody tr', { has: page.getByRole('link', { name: unit, exact: true }) });

describe.skipIf(browserSkipReason)('a campaign (谁制定、谁清理) in a real browser', () => {
  const context = useBrowserAndServer(undefined, {
    accounts: [
      { username: 'caizheng', role: 'department', unit: UNITS.finance },
      { username: 'jiaoyu', role: 'department', unit: UNITS.education },
      { username: 'zhujian', role: 'department', unit: UNITS.housing },
    ],
  });

  test('three departments report (one late and reminded, one returned once), the legal office reviews, a leader approves and publishes', async () => {
    const { browser, server } = context;
    const { url } = server;
    const staff = await pageAs(browser, url, 'staff');
    await staff.goto(`${url}/upload`);
    await staff.setInputFiles('#file-input', [
      unitRule('平凉市财政专项资金管理办法', UNITS.finance, '2016-03-01'),
      unitRule('平凉市政府采购管理办法', UNITS.finance, '2018-05-01'),
      unitRule('平凉市学校安全管理办法', UNITS.education, '2017-09-01'),
      unitRule('平凉市物业管理办法', UNITS.housing, '2012-04-01'),
    ]);
    await staff.waitForFunction(() => document.querySelectorAll('#upload-results td.result-imported').length === 4);

    // The legal office creates the round and launches it as a campaign, with a 报送 deadline already past.
    await staff.goto(`${url}/review`);
    await staff.fill('#new-round-form input[name=name]', '2026年度规范性文件清理');
    await Promise.all([staff.waitForURL(/\/review\/\d+$/), staff.click('#new-round-form button[type=submit]')]);
    const roundId = Number(new URL(staff.url()).pathname.split('/').pop());
    await Promise.all([staff.waitForURL(/\/campaign\/\d+$/), staff.click('.campaign-link a')]);
    await staff.fill('#launch-form input[name=submitBy]', '2026-01-15');
    await clickAndReload(staff, '#launch-form button[type=submit]');
    const campaignUrl = `${url}/campaign/${roundId}`;
    expect(await staff.locator('#campaign-units tbody tr').count()).toBe(3);
    expect(await unitLine(staff, UNITS.finance).locator('td[data-label=承办]').textContent()).toBe('2');

    // 财政局 sees only its two documents, proposes and reports on time.
    const finance = await pageAs(browser, url, 'caizheng');
    await finance.goto(campaignUrl);
    expect((await finance.locator('table.campaign-items tbody tr .title-cell a').allTextContents()).sort()).toEqual(['平凉市政府采购管理办法', '平凉市财政专项资金管理办法']);
    await propose(finance, '平凉市政府采购管理办法', { category: 'keep', reason: '与政府采购法一致，继续执行' });
    await propose(finance, '平凉市财政专项资金管理办法', { category: 'improve', reason: '资金拨付程序需按预算法调整', deadline: '2027-06-30' });
    await report(finance, '经局务会研究，现报送本局清理意见。');
    expect(await finance.locator('table.campaign-items .review-status').allTextContents()).toEqual(['部门已报送', '部门已报送']);
    expect(await finance.locator('form.item-form').count()).toBe(0);
    // Another unit's item is not there for it.
    expect((await finance.goto(`${url}/review/${roundId}`))!.status()).toBe(200);
    expect(await finance.textContent('main')).not.toContain('平凉市学校安全管理办法');

    // 教育局 reports too.
    const education = await pageAs(browser, url, 'jiaoyu');
    await education.goto(campaignUrl);
    await propose(education, '平凉市学校安全管理办法', { category: 'keep', reason: '仍适用' });
    await report(education, '报送本局清理意见。');

    // The legal office: 住建局 is late and gets a reminder; 教育局's list goes back; 财政局's is agreed.
    await staff.goto(campaignUrl);
    expect(await unitLine(staff, UNITS.housing).getAttribute('class')).toContain('late');
    expect(await unitLine(staff, UNITS.finance).getAttribute('class')).not.toContain('late');
    await clickAndReload(staff, `#campaign-units button.remind`);
    expect(await unitLine(staff, UNITS.housing).locator('td[data-label=催报]').textContent()).toBe('1');
    await staff.screenshot({ path: path.join(artifactsDir, 'campaign-dashboard.png'), fullPage: true });

    await staff.click(`#campaign-units a:text-is("${UNITS.education}")`);
    await staff.waitForSelector('#unit-review');
    await staff.fill('#review-comment', '理由过简，请说明是否符合新修订的教育法');
    await clickAndReload(staff, '#return-unit');
    expect(await staff.locator('#unit-review .review-status').allTextContents()).toEqual(['已退回']);

    await staff.goto(campaignUrl);
    await staff.click(`#campaign-units a:text-is("${UNITS.finance}")`);
    await staff.waitForSelector('#unit-review');
    for (const box of await staff.locator('#unit-review input[name=selected]').all()) await box.check();
    await clickAndReload(staff, 'button[data-review=agree]');
    expect(await staff.locator('#unit-review .review-status').allTextContents()).toEqual(['待审核', '待审核']);

    // 教育局 sees why, fixes and reports again; 住建局 sees the reminder and reports.
    await education.reload();
    expect(await education.textContent('#unit-inbox')).toContain('退回意见：理由过简，请说明是否符合新修订的教育法');
    await propose(education, '平凉市学校安全管理办法', { category: 'keep', reason: '经核对，与新修订的教育法不抵触，继续有效' });
    await report(education, '按法制机构意见补充理由后重新报送。');

    const housing = await pageAs(browser, url, 'zhujian');
    await housing.goto(campaignUrl);
    expect(await housing.textContent('#campaign-events')).toContain('请按时报送本单位的清理意见');
    expect(await housing.textContent('#unit-inbox')).toContain('已逾期');
    await housing.screenshot({ path: path.join(artifactsDir, 'campaign-department.png'), fullPage: true });
    await propose(housing, '平凉市物业管理办法', { category: 'keep', reason: '仍需执行' });
    await report(housing, '报送（逾期）。');

    // The legal office agrees with 教育局 and amends 住建局's proposal, keeping the unit's beside its own.
    await staff.goto(`${campaignUrl}?unit=${await unitLine(staff, UNITS.education).getAttribute('data-unit-id')}`);
    for (const box of await staff.locator('#unit-review input[name=selected]').all()) await box.check();
    await clickAndReload(staff, 'button[data-review=agree]');
    await staff.goto(campaignUrl);
    await staff.click(`#campaign-units a:text-is("${UNITS.housing}")`);
    await staff.waitForSelector('#unit-review');
    const row = staff.locator('#unit-review tbody tr').first();
    await row.locator('details.amend summary').click();
    await row.locator('select[name=category]').selectOption('abolish');
    const abolish = await row.locator('select[name=groundId] option[data-category=abolish]').first().getAttribute('value');
    await row.locator('select[name=groundId]').selectOption(abolish!);
    await row.locator('textarea[name=reason]').fill('已被《物业管理条例》取代');
    await row.locator('textarea[name=note]').fill('上位法已修订，本办法应予废止');
    await Promise.all([staff.waitForEvent('load'), row.locator('button[type=submit]').click()]);
    expect(await staff.textContent('#unit-review')).toContain('部门原意见：坚持');
    await staff.screenshot({ path: path.join(artifactsDir, 'campaign-unit-review.png'), fullPage: true });

    // The leader approves everything the legal office reviewed, from the round page as today.
    const leader = await pageAs(browser, url, 'leader');
    await leader.goto(campaignUrl);
    expect(await leader.locator('#campaign-units tbody tr').count()).toBe(3);
    await leader.goto(`${url}/review/${roundId}`);
    await leader.check('#select-all');
    await clickAndReload(leader, 'button[data-action=approve]');
    expect(new Set(await leader.locator('table.dispositions .review-status').allTextContents())).toEqual(new Set(['已批准']));

    // Publication: the legal office fills in the 决定's details, the leader publishes, the .docx reads back.
    await staff.goto(`${url}/checklist/${roundId}/publication`);
    await staff.fill('#publication-form input[name=issuer]', '平凉市人民政府');
    await staff.fill('#publication-form input[name=docNumber]', '平政发〔2026〕30号');
    await staff.fill('#publication-form input[name=issuedOn]', '2026-11-30');
    await clickAndReload(staff, '#publication-form button[type=submit]');
    await leader.goto(`${url}/checklist/${roundId}/publication`);
    expect(await leader.textContent('#publication-status')).toContain('已可以公布');
    leader.once('dialog', (dialog) => void dialog.accept());
    await clickAndReload(leader, '#publish');
    expect(await leader.textContent('#published-note')).toContain('公布');
    const response = await leader.request.get(`${url}/api/publication/rounds/${roundId}/export?format=docx`);
    expect(response.status()).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.body()) });
    expect(text).toContain('平政发〔2026〕30号');
    for (const title of ['平凉市政府采购管理办法', '平凉市财政专项资金管理办法', '平凉市学校安全管理办法', '平凉市物业管理办法']) expect(text).toContain(title);

    // Published, the result is public: the department may read the published lists now.
    expect((await finance.request.get(`${url}/api/publication/rounds/${roundId}`)).status()).toBe(200);
    await leader.goto(campaignUrl);
    expect(await unitLine(leader, UNITS.finance).locator('td[data-label=已批准]').textContent()).toBe('2');
    await leader.screenshot({ path: path.join(artifactsDir, 'campaign-approved.png'), fullPage: true });
  }, 180_000);
});
