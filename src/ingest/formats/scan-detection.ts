/** What the text layer of one PDF page holds, and whether the page paints a picture. */
export type PdfPageSummary = { letters: number; hasImage: boolean };

/**
 * Fewer letters than this per page with a picture means the text layer is not the document's text: a
 * scanner app's watermark ("扫描全能王 创建", 6 letters) or a page number, not a page of a 公文 (several
 * hundred characters, and even a signature page has its issuer, date and 版记).
 */
export const MIN_LETTERS_PER_IMAGE_PAGE = 40;

/** Letters and digits of a text, the characters that count as content. */
export function countLetters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * A PDF is read by OCR when at least half of its pages are pictures and its text layer holds too little
 * text for those pages: an image-only scan, or a scan whose only text is a watermark.
 */
export function needsOcr(pages: PdfPageSummary[]): boolean {
  const imagePages = pages.filter((page) => page.hasImage).length;
  if (imagePages === 0 || imagePages * 2 < pages.length) return false;
  const letters = pages.reduce((sum, page) => sum + page.letters, 0);
  return letters < MIN_LETTERS_PER_IMAGE_PAGE * imagePages;
}
