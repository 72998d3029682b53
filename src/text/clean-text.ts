import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folds full-width ASCII forms (Ｆ, ２０１９, （, ：) and the ideographic space to their half-width
 * forms, one character for one, so positions and lines stay where they were.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Folds only full-width digits, Latin letters and the ideographic space, keeping Chinese punctuation
 * (（）：，) as written: the text the metadata is read from, so titles keep their official form.
 */
export function foldAlphanumerics(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const PINYIN_ANNOTATION = new RegExp(
  `(?<=[\\u3400-\\u9fff])[(（]([a-z${TONE_MARKED}]{1,7})[)）]`,
  'g',
);
const TONE_MARK = new RegExp(`[${TONE_MARKED}]`);
const TONELESS_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:[aeiou]|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ueng|ve|van|vn)$/;

/** Removes pinyin written in brackets after a character, as in "學(xué)習(xí)" → "學習". */
export function removePinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, (whole, syllable: string) =>
    TONE_MARK.test(syllable) || (syllable.length >= 2 && TONELESS_SYLLABLE.test(syllable)) ? '' : whole,
  );
}

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional characters folded to simplified (學習 → 学习), so either form finds the other. */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/**
 * The two forms of a text that matching works on, both simplified and without pinyin annotations:
 * `readable` keeps Chinese punctuation (for metadata), `searchText` folds all widths (for search).
 */
export function normaliseForMatching(text: string): { readable: string; searchText: string } {
  const simplified = toSimplified(removePinyinAnnotations(text));
  return { readable: foldAlphanumerics(simplified), searchText: foldWidth(simplified) };
}

/** Normalises line breaks and trims each line, keeping empty lines out. */
export function toLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
    .filter((line) => line.length > 0);
}
