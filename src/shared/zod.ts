import { z } from 'zod';
import { isoFromParts } from '../text/dates.js';

// Validation messages reach users, so they are in Chinese. Schemas import z from here to get that setting.
z.config(z.locales.zhCN());

export { z };

/** A query-string field left empty means "not given". */
export const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!match && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}, '日期应为真实存在的日期，格式 YYYY-MM-DD');
/** Text as a person types it: no control characters, which no title or 文号 contains. */
export const plainText = (max: number) => z.string().trim().max(max).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), '不能包含控制字符');
export const optionalText = (max: number) => plainText(max).transform((v) => (v === '' ? null : v)).nullable();
/** Several lines of prose (a reason, a comment): line breaks allowed, other control characters not. */
export const paragraphText = (max: number) => z.string().trim().max(max).refine((v) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v), '不能包含控制字符');
/** A PATCH body must change something: an empty one is refused rather than reaching the database. */
export const nonEmptyPatch = (patch: object) => Object.keys(patch).length > 0;
export const NON_EMPTY_PATCH_MESSAGE = '请至少修改一项';
