import { expect, test } from 'vitest';
import { lineStarts } from '../documents/documents.models.js';
import { toLines } from '../text/clean-text.js';
import { linesBefore, locateHit, nthLine } from './search.locate.js';

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

test('a term is located in the line that holds it with other punctuation between its characters, never across lines', () => {
  const text = '第一条　总则\n平政发\n〔2019〕12号\n第二条　依据平政发〔2019〕12号文件执行。';
  const hit = locateHit({ text, searchText: text, structure: { nodes: [] } as never, terms: ['平政发[2019]12号'], title: '标题' });
  expect({ line: hit.line, offset: hit.offset }).toEqual({ line: 3, offset: text.indexOf('第二条') });
});
