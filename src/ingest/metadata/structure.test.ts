import { expect, test } from 'vitest';
import { countArticles, extractStructure } from './structure.js';

test('chapters, sections and articles are found at line starts with their numbers', () => {
  const { nodes } = extractStructure([
    '## 第一章 总则', '第一条 为了规范管理，制定本办法。', '第二条　本办法适用于本市。', '第二章 管理', '第一节 一般规定',
    '第三条规定的事项，依照执行。', '第一百零一条 其他。', '依照第二章规定的程序办理。', '第三编 附则',
  ]);
  expect(nodes.map(({ kind, number, label, heading, line }) => [kind, number, label, heading, line])).toEqual([
    ['chapter', 1, '第一章', '总则', 0],
    ['article', 1, '第一条', '为了规范管理，制定本办法。', 1],
    ['article', 2, '第二条', '本办法适用于本市。', 2],
    ['chapter', 2, '第二章', '管理', 3],
    ['section', 1, '第一节', '一般规定', 4],
    ['article', 3, '第三条', '规定的事项，依照执行。', 5],
    ['article', 101, '第一百零一条', '其他。', 6],
    ['part', 3, '第三编', '附则', 8],
  ]);
  expect(countArticles({ nodes })).toBe(4);
});

test('a sentence that starts with a chapter reference is not a heading', () => {
  expect(extractStructure(['第二章规定的审查程序，由市司法局组织实施。']).nodes).toEqual([]);
});
