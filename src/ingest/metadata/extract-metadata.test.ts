import { expect, test } from 'vitest';
import { extractMetadata, findColophonDate } from './extract-metadata.js';

const read = (lines: string[], hints?: Parameters<typeof extractMetadata>[2]) => extractMetadata(lines.join('\n'), '文件名', hints);

test.each([
  [['抄送：市人大常委会办公室。', '平凉市人民政府办公室      2023年3月6日印发'], '2023-03-06'],
  [['抄送：市委办公室。', '平凉市人民政府办公室 2023 年 3 月 6 日印 发', '（共印50份）'], '2023-03-06'],
  [['平凉市人民政府', '2023年3月3日'], null],
])('the 版记 印发日期 of %j', (lines, date) => {
  expect(findColophonDate(lines)).toBe(date);
});

test.each([
  // A joint 发文机关标志 stacked over two lines, "文件" beside the last.
  [['平凉市财政局', '平凉市人力资源和社会保障局文件', '平财社〔2022〕30号', '关于做好就业工作的通知', '各县：', '现将有关事项通知如下。'], '平凉市财政局、平凉市人力资源和社会保障局', 'header'],
  // Joint signers over two lines above the date, in order.
  [['关于推进家庭医生签约服务的通知', '各区：', '现将有关事项通知如下。', '广州市卫生健康委员会    广州市财政局', '广州市人力资源和社会保障局    广州市医疗保障局', '2023年10月19日'],
    '广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局', 'signature'],
  // A bulletin's byline under the title, then its date.
  [['宜春市2022年国民经济和社会发展统计公报', '宜春市统计局  国家统计局宜春调查队', '（2023年4月12日）', '2022年，全市经济稳中向好。'], '宜春市统计局、国家统计局宜春调查队', 'header'],
  // A signature in brackets as the last line.
  [['万载县2015年国民经济和社会发展统计公报', '2015年，全县经济平稳增长。', '（万载县统计局）'], '万载县统计局', 'signature'],
])('the issuer of %j', (lines, issuer, source) => {
  const { metadata, evidence } = read(lines);
  expect(metadata.issuer).toBe(issuer);
  expect(evidence.issuer?.source).toBe(source);
});

test('the document text wins over a page box; the box fills what the text leaves out', () => {
  const { metadata, evidence } = read(['关于加强绿化管理的通知', '平政发〔2020〕3号', '各县：', '本通知自印发之日起施行。', '平凉市人民政府', '2020年3月5日'], {
    fields: {
      docNumber: { value: '平政发〔2020〕9号', source: 'page_box', detail: '文号' },
      issuer: { value: '平凉市政务服务中心', source: 'page_box', detail: '发布机关' },
      expiresOn: { value: '2025-03-04', source: 'page_box', detail: '失效日期' },
    },
    isWebPage: true,
  });
  expect(metadata).toMatchObject({ docNumber: '平政发〔2020〕3号', issuer: '平凉市人民政府', expiresOn: '2025-03-04' });
  expect(evidence).toMatchObject({ docNumber: { source: 'header' }, issuer: { source: 'signature' }, expiresOn: { source: 'page_box', detail: '失效日期' } });
});

test('a notice whose rule is not in the file keeps its own title', () => {
  const { metadata } = read(['平凉市人民政府关于印发《平凉市绿化办法》的通知', '各县：', '现将《平凉市绿化办法》印发给你们。', '平凉市人民政府', '2020年3月5日']);
  expect(metadata).toMatchObject({ title: '平凉市人民政府关于印发《平凉市绿化办法》的通知', wrapperTitle: null, docType: '通知' });
});

test('a page that is not a 公文 keeps its headline and no document fields', () => {
  const { metadata, kind } = read(['好消息！停车更方便了', '《平凉市停车办法》（平政办发〔2024〕21号）正式施行。', '平凉市人民政府', '2024年7月3日'], {
    fields: { title: { value: '好消息！停车更方便了', source: 'meta', detail: 'ArticleTitle' } }, isWebPage: true,
  });
  expect(kind).toBe('news');
  expect(metadata).toMatchObject({ title: '好消息！停车更方便了', docNumber: null, issuer: null, issuedOn: null, docType: null });
});
