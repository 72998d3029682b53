import { foldWidth, removePinyinAnnotations, toSimplified } from '../ingest/metadata/clean-text.js';

/**
 * Text as index and query both see it: simplified characters, half-width, lower case, pinyin
 * annotations gone. Brackets and punctuation are separators, so "平政发[2019]12号" and
 * "平政发〔2019〕12号" read the same.
 */
export function normaliseForSearch(text: string): string {
  return foldWidth(toSimplified(removePinyinAnnotations(text))).toLowerCase();
}

/** Runs of characters that make words: Chinese characters, letters and digits; everything else separates them. */
const WORD_RUN = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/**
 * Overlapping character pairs within each run ("平凉市" → 平凉 凉市), so any fragment of two or more
 * characters, cut anywhere, is a sequence of consecutive tokens: a phrase. A run of one character is
 * one token. Digits and Latin letters pair like Chinese, so "9704" is found from "970".
 */
export function tokenize(normalised: string): string[][] {
  return [...normalised.matchAll(WORD_RUN)].map(([run]) => {
    const chars = [...run];
    if (chars.length === 1) return chars;
    return chars.slice(1).map((char, i) => chars[i]! + char);
  });
}

/** The text stored in the full-text index: the tokens of every run, separated by spaces. */
export function toIndexText(text: string): string {
  return tokenize(normaliseForSearch(text)).flat().join(' ');
}
