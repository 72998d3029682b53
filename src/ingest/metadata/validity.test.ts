import { expect, test } from 'vitest';
import { findValidity } from './validity.js';

test.each([
  ['本办法自发布之日起施行。', '2019-03-05', { effectiveOn: '2019-03-05', expiresOn: null }],
  ['本办法自2019年4月1日起施行。', '2019-03-05', { effectiveOn: '2019-04-01', expiresOn: null }],
  ['本办法自2019年4月1日起施行，有效期5年。', '2019-03-05', { effectiveOn: '2019-04-01', expiresOn: '2024-03-31' }],
  ['本意见自印发之日起施行，有效期为三年。', '2017-09-12', { effectiveOn: '2017-09-12', expiresOn: '2020-09-11' }],
  ['本规定自2020年1月1日起施行，有效期至2022年12月31日。', null, { effectiveOn: '2020-01-01', expiresOn: '2022-12-31' }],
  ['本规则自印发之日起试行，试行期2年。', '2022-04-07', { effectiveOn: '2022-04-07', expiresOn: '2024-04-06' }],
  ['本意见自二〇一六年七月一日起施行。', null, { effectiveOn: '2016-07-01', expiresOn: null }],
  ['通知自印发之日起施行。……本办法自2021年1月1日起施行。', '2020-12-01', { effectiveOn: '2021-01-01', expiresOn: null }],
  ['有效期5年。', null, { effectiveOn: null, expiresOn: null }],
])('%j (issued %s)', (text, issuedOn, expected) => {
  expect(findValidity(text, issuedOn)).toEqual(expected);
});
