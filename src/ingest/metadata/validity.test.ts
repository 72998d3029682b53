import { expect, test } from 'vitest';
import { findValidity } from './validity.js';

test.each([
  ['本办法自发布之日起施行。', '2019-03-05', { effectiveOn: '2019-03-05', expiresOn: null, expiresBy: null }],
  ['本办法自2019年4月1日起施行。', '2019-03-05', { effectiveOn: '2019-04-01', expiresOn: null, expiresBy: null }],
  ['本办法自2019年4月1日起施行，有效期5年。', '2019-03-05', { effectiveOn: '2019-04-01', expiresOn: '2024-03-31', expiresBy: 'term' }],
  ['本意见自印发之日起施行，有效期为三年。', '2017-09-12', { effectiveOn: '2017-09-12', expiresOn: '2020-09-11', expiresBy: 'term' }],
  ['本规定自2020年1月1日起施行，有效期至2022年12月31日。', null, { effectiveOn: '2020-01-01', expiresOn: '2022-12-31', expiresBy: 'date' }],
  ['本规则自印发之日起试行，试行期2年。', '2022-04-07', { effectiveOn: '2022-04-07', expiresOn: '2024-04-06', expiresBy: 'term' }],
  ['本意见自二〇一六年七月一日起施行。', null, { effectiveOn: '2016-07-01', expiresOn: null, expiresBy: null }],
  ['通知自印发之日起施行。……本办法自2021年1月1日起施行。', '2020-12-01', { effectiveOn: '2021-01-01', expiresOn: null, expiresBy: null }],
  ['有效期5年。', null, { effectiveOn: null, expiresOn: null, expiresBy: null }],
  ['第三十条 本办法有效期5年。\n第三十一条 本办法自2019年4月1日起施行。', null, { effectiveOn: '2019-04-01', expiresOn: '2024-03-31', expiresBy: 'term' }],
  // Terms of licences and passports in the articles are not the document's own.
  ['第十七条 注册建筑师注册的有效期为2年。\n本条例自1995年9月23日起施行。', null, { effectiveOn: '1995-09-23', expiresOn: null, expiresBy: null }],
  ['第二十二条 往来港澳通行证有效期五年。\n本办法自1986年12月25日起施行。', null, { effectiveOn: '1986-12-25', expiresOn: null, expiresBy: null }],
  ['化妆品生产许可证有效期至2020年12月31日。本办法自发布之日起施行。', '2015-01-01', { effectiveOn: '2015-01-01', expiresOn: null, expiresBy: null }],
])('%j (issued %s)', (text, issuedOn, expected) => {
  expect(findValidity(text, issuedOn)).toEqual(expected);
});
