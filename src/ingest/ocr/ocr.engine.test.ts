import { describe, expect, test } from 'vitest';
import { joinLines } from './ocr.engine.js';

describe('joinLines', () => {
  test.each([
    ['lines top to bottom, confidence weighed by length', [{ text: '第一条 为了规范', confidence: 1 }, { text: '附', confidence: 0.5 }], { text: '第一条 为了规范\n附', confidence: (8 + 0.5) / 9 }],
    ['blank lines dropped', [{ text: '  ', confidence: 0.2 }, { text: '通知', confidence: 0.9 }], { text: '通知', confidence: 0.9 }],
    ['a blank page', [], { text: '', confidence: null }],
  ])('%s', (_name, lines, expected) => {
    const result = joinLines(lines);
    expect(result.text).toBe(expected.text);
    if (expected.confidence === null) expect(result.confidence).toBeNull();
    else expect(result.confidence).toBeCloseTo(expected.confidence, 6);
  });
});
