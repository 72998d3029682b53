import { describe, expect, test } from 'vitest';
import { countLetters, needsOcr, type PdfPageSummary } from './scan-detection.js';

const page = (letters: number, hasImage: boolean): PdfPageSummary => ({ letters, hasImage });

describe('needsOcr', () => {
  test.each([
    ['image-only pages, no text layer', [page(0, true), page(0, true)], true],
    ['a scanner watermark on every scanned page', Array.from({ length: 8 }, () => page(countLetters('扫描全能王 创建'), true)), true],
    ['a text PDF with a logo on each page', [page(820, true), page(760, true)], false],
    ['a text PDF without pictures', [page(900, false), page(12, false)], false],
    ['a short text page with an emblem', [page(120, true)], false],
    ['mostly text pages with one scanned attachment', [page(800, false), page(700, false), page(0, true)], false],
    ['a scan with page numbers in its text layer', [page(1, true), page(1, true), page(1, true)], true],
    ['a blank PDF', [page(0, false)], false],
    ['no pages', [], false],
  ])('%s', (_name, pages, expected) => {
    expect(needsOcr(pages)).toBe(expected);
  });
});

describe('countLetters', () => {
  test.each([
    ['扫描全能王 创建', 7],
    ['— 5 —', 1],
    ['第一条　为了规范', 7],
    ['', 0],
  ])('%s → %i', (text, expected) => {
    expect(countLetters(text)).toBe(expected);
  });
});
