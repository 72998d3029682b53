import { expect, test } from 'vitest';
import { lineStarts } from '../documents/documents.models.js';
import { toLines } from '../text/clean-text.js';
import { linesBefore, nthLine } from './search.locate.js';

const texts = ['第一条\n\n  第二条　内容\r\n第三条\r\r\u00a0\n  末行  ', '一行', '\n\n开头空行\n中间\n'];

test.each(texts)('a line is counted and cut as toLines and lineStarts do: %j', (text) => {
  const lines = toLines(text);
  const starts = lineStarts(text);
  lines.forEach((line, n) => {
    expect(nthLine(text, n)).toEqual({ offset: starts[n], text: line });
    const at = text.indexOf(line[0]!, starts[n]);
    expect(linesBefore(text, at)).toBe(n);
    expect(linesBefore(text, at + line.length - 1)).toBe(n);
  });
  expect(nthLine(text, lines.length)).toBeNull();
});
