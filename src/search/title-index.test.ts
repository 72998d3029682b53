import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../db/database.js';
import { createTestApp, readFixture, ruleFile, upload } from '../test-app.js';
import { createTitleIndex } from './title-index.js';

const suggest = async (app: ReturnType<typeof createTestApp>['app'], q: string) =>
  (await (await app.request(`/api/search/suggest?q=${encodeURIComponent(q)}`)).json()).suggestions.map((s: { title: string }) => s.title);

test('titles are suggested from what has been typed so far, in simplified or traditional characters', async () => {
  const { app } = createTestApp();
  await upload(app, ['001-header-notice-wrapping-rule', '060-doc-legacy-regulation', '002-gazette-layout-rule'].map(readFixture));
  expect(await suggest(app, '平凉市行政')).toEqual(['平凉市行政规范性文件管理办法']);
  expect(await suggest(app, '平涼市規範性')).toEqual(['平凉市规范性文件管理暂行办法']);
  expect((await suggest(app, '管理办')).sort()).toEqual(['平凉市城市绿化管理办法', '平凉市行政规范性文件管理办法']);
  expect((await suggest(app, '平政发[2012]'))[0]).toBe('平凉市规范性文件管理暂行办法');
  expect(await suggest(app, '不存在')).toEqual([]);
});

test('titles are suggested for words typed without the words between them, and for a slip of the pen', async () => {
  const { app } = createTestApp();
  await upload(app, [...['001-header-notice-wrapping-rule', '002-gazette-layout-rule', '003-square-bracket-number'].map(readFixture),
    ruleFile('济南市城市市容管理条例', '2020-01-01'), ruleFile('济南市城市供热条例', '2020-01-01')]);
  expect(await suggest(app, '济南市容')).toEqual(['济南市城市市容管理条例']);
  expect(await suggest(app, '济南城市市容规定')).toEqual(['济南市城市市容管理条例']);
  expect(await suggest(app, '平凉绿化')).toEqual(['平凉市城市绿化管理办法']);
  expect(await suggest(app, '城市绿化管哩')).toEqual(['平凉市城市绿化管理办法']);
  expect((await suggest(app, '平凉规范性文件管理规定'))[0]).toBe('平凉市行政规范性文件管理办法');
});

test('the index catches up with changes made behind its back, by another process say', async () => {
  const { app, db } = createTestApp();
  await upload(app, [readFixture('002-gazette-layout-rule')]);
  expect(await suggest(app, '城市绿化')).toHaveLength(1);
  db.$client.prepare("update documents set title = '平凉市城市园林管理办法', updated_at = ?").run(Date.now() + 1000);
  expect(await suggest(app, '城市绿化')).toEqual([]);
  expect(await suggest(app, '城市园林')).toEqual(['平凉市城市园林管理办法']);
  db.$client.exec('delete from documents');
  expect(await suggest(app, '城市园林')).toEqual([]);
});

test('saved beside the database, the index is loaded at start instead of being rebuilt', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-titles-'));
  const db = openDatabase(path.join(dir, 'zhidu.sqlite'));
  const now = Date.now();
  db.$client.prepare(`insert into documents (sha256, file_name, format, size_bytes, title, extracted, created_at, updated_at)
    values ('a', 'a.txt', 'txt', 1, '平凉市城市供水管理办法', '{}', ?, ?)`).run(now, now);
  const file = path.join(dir, 'title-index.json');
  createTitleIndex({ db, file }).close();
  const saved = fs.statSync(file).mtimeMs;

  const reopened = createTitleIndex({ db, file });
  expect(reopened.suggest('供水', 5).map((s) => s.title)).toEqual(['平凉市城市供水管理办法']);
  expect(fs.statSync(file).mtimeMs).toBe(saved);

  fs.writeFileSync(file, '{ not json');
  expect(createTitleIndex({ db, file }).suggest('供水', 5)).toHaveLength(1);
  db.$client.close();
});
