import { CHINESE_NUMERAL_CHARS, parseChineseNumber, parseDigitByDigit } from './chinese-numerals.js';

const NUM = `(?:\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})`;
const YEAR = `(?:\\d{4}|[零〇○Ｏ一二三四五六七八九]{4})`;

/** Source of a date pattern, "2019年3月5日" or "二〇一九年三月五日", with year, month and day captured. */
export const DATE_PATTERN = `(${YEAR})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`;

/** Turns captured year, month and day into `YYYY-MM-DD`, or null when they name no real day. */
export function toIsoDate(year: string, month: string, day: string): string | null {
  const y = parseDigitByDigit(year);
  const m = parseChineseNumber(month);
  const d = parseChineseNumber(day);
  if (y === null || m === null || d === null) return null;
  return isoFromParts(y, m, d);
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 2月30日 rolls over: not a real day
  return date.toISOString().slice(0, 10);
}

/** The first date in a piece of text, as `YYYY-MM-DD`. */
export function findDate(text: string): string | null {
  for (const match of text.matchAll(new RegExp(DATE_PATTERN, 'g'))) {
    const iso = toIsoDate(match[1]!, match[2]!, match[3]!);
    if (iso) return iso;
  }
  return null;
}

/** Whether a line is a date and nothing else, as under a signature. */
export function isDateLine(line: string): boolean {
  return new RegExp(`^${DATE_PATTERN}$`).test(line.replace(/\s+/g, '')) && findDate(line) !== null;
}

/** The last day of a validity period of `years` years starting on `startIso`: the day before the anniversary. */
export function endOfYears(startIso: string, years: number): string | null {
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  // A start on 29 February has its anniversary on 1 March, so the period ends on 28 February.
  const lastDay = new Date(Date.UTC(y + years, m - 1, d - 1));
  return lastDay.toISOString().slice(0, 10);
}
