import { expect, test } from 'vitest';
import { readLabelledFields as readFields } from '../metadata/labelled-fields.js';
import { isPortalPage, parsePortalPage } from './portal-page.js';

const readInfoBox = (text: string) => readFields(text, 'page_box');

test.each([
  ['索引号：\t007482-0101\n文　　号：\t平政发〔2019〕12 号\n成文日期：\t2019年01月17日', {
    docNumber: { value: '平政发〔2019〕12 号', source: 'page_box', detail: '文号' },
    issuedOn: { value: '2019-01-17', source: 'page_box', detail: '成文日期' },
  }],
  ['实施日期：2019-02-01  失效日期：2024-01-31\n发布机关：平凉市人民政府', {
    effectiveOn: { value: '2019-02-01', source: 'page_box', detail: '实施日期' },
    expiresOn: { value: '2024-01-31', source: 'page_box', detail: '失效日期' },
    issuer: { value: '平凉市人民政府', source: 'page_box', detail: '发布机关' },
  }],
  ['发布日期：2019-01-18  来源：本网', {}],
])('the 信息公开 box %j', (text, fields) => {
  expect(readInfoBox(text)).toEqual(fields);
});

const page = `<html><head><meta name="ArticleTitle" content="平凉市人民政府关于加强绿化管理的通知"><meta name="ColumnType" content="政策文件">
<body style="visibility: hidden">
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/login">用户登录</a></li></ul>
<table class="box"><tr><td>文　　号：</td><td>平政发〔2020〕3号</td></tr></table>
<div class="article"><p>各县（区）人民政府：</p><p>为加强城市绿化管理，改善人居环境，现将有关事项通知如下。</p>
<p>一、各地要落实绿化责任，建立健全管护制度，确保绿地不减少。</p><p>平凉市人民政府</p><p>2020年3月5日</p></div>
<div style="display:none"><p>各县（区）人民政府：</p><p>为加强城市绿化管理，改善人居环境，现将有关事项通知如下。</p></div>
<div class="footer">陇ICP备12345678号 <a href="/a">相关链接</a></div></body></html>`;

test('a portal page gives its content under its headline, with the box as hints and without hidden copies', () => {
  expect(isPortalPage(page)).toBe(true);
  const { text, hints } = parsePortalPage(page);
  expect(text.split('\n').slice(0, 2)).toEqual(['平凉市人民政府关于加强绿化管理的通知', '各县（区）人民政府：']);
  expect(text).not.toContain('用户登录');
  expect(text).not.toContain('ICP');
  expect(text.match(/为加强城市绿化管理/g)).toHaveLength(1);
  expect(hints.fields.docNumber).toEqual({ value: '平政发〔2020〕3号', source: 'page_box', detail: '文号' });
  expect(hints.column).toBe('政策文件');
});
