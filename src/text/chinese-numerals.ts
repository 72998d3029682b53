const DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };

/** Characters that may appear in a Chinese numeral, for building regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇○Ｏ一二两三四五六七八九十百千';

/**
 * Reads a number written in Arabic digits or Chinese numerals: "12", "十二", "一百零五", "二百一十".
 * Returns null for anything else.
 */
export function parseChineseNumber(input: string): number | null {
  const value = input.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (value === '' || ![...value].every((ch) => ch in DIGITS || ch in UNITS)) return null;

  let total = 0;
  let pending = 0;
  for (const ch of value) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      total += (pending === 0 ? 1 : pending) * unit; // "十二": a leading unit means one of it
      pending = 0;
    } else {
      pending = DIGITS[ch]!;
    }
  }
  return total + pending;
}

/** Reads a year written digit by digit: "二〇一九" → 2019. */
export function parseDigitByDigit(input: string): number | null {
  if (/^\d+$/.test(input)) return Number(input);
  let result = 0;
  for (const ch of input) {
    const digit = DIGITS[ch];
    if (digit === undefined) return null;
    result = result * 10 + digit;
  }
  return result;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–999 as a Chinese numeral, as headings count (一、二、……十一、……一百零五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let result = hundreds ? `${NUMERALS[hundreds]}百` : '';
  if (tens) result += `${tens === 1 && !hundreds ? '' : NUMERALS[tens]}十`;
  else if (hundreds && ones) result += '零';
  if (ones) result += NUMERALS[ones];
  return result;
}
