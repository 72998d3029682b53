import { foldWidth, removePinyinAnnotations, toSimplified } from './clean-text.js';

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

/** Marks the last character of a run ("法$"): a fragment that starts at the end of a run ends up there. */
export const RUN_END = '$';

/** The runs of a normalised text, as arrays of characters. */
export function runsOf(normalised: string): string[][] {
  return [...normalised.matchAll(WORD_RUN)].map(([run]) => [...run]);
}

/** Overlapping character pairs of a run ("平凉市" → 平凉 凉市). */
export function pairsOf(chars: string[]): string[] {
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/**
 * The index's tokens: for each run, its overlapping character pairs and its last character marked as the
 * end ("制定本办法" → 制定 定本 本办 办法 法$). A fragment of two or more characters, cut anywhere, is then
 * a sequence of consecutive tokens, a phrase, even when it starts on the last character of a run.
 * Digits and Latin letters pair like Chinese, so "9704" is found from "970".
 */
export function tokenize(normalised: string): string[] {
  return runsOf(normalised).flatMap((chars) => [...pairsOf(chars), chars.at(-1)! + RUN_END]);
}

/** The text stored in the full-text index for text already normalised (a document's search text, lower-cased). */
export function toIndexText(normalised: string): string {
  return tokenize(normalised).join(' ');
}

/** The body of a document in the index, from its search text (already simplified and folded). */
export function bodyIndexText(searchText: string): string {
  return toIndexText(searchText.toLowerCase());
}
