import type { DocumentStructure, StructureKind, StructureNode } from '../../documents/documents.types.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../../text/chinese-numerals.js';

const KIND_BY_UNIT: Record<string, StructureKind> = { 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };
const HEADING = new RegExp(`^#*\\s*(第\\s*([${CHINESE_NUMERAL_CHARS}\\d]{1,6})\\s*(编|章|节|条))(?:\\s+|(?=[^\\s、，。]))?(.*)$`);

/** Finds parts, chapters, sections and articles at the start of lines. */
export function extractStructure(lines: readonly string[]): DocumentStructure {
  const nodes: StructureNode[] = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line);
    if (!match) return;
    const number = parseChineseNumber(match[2]!);
    if (number === null || number === 0) return;
    const kind = KIND_BY_UNIT[match[3]!]!;
    const rest = match[4]!.trim();
    // A chapter heading is short and has no sentence in it; "第二章规定的…" is prose.
    if (kind !== 'article' && (rest.length > 30 || /[，。；：,;:]/.test(rest))) return;
    nodes.push({ kind, number, label: match[1]!.replace(/\s+/g, ''), heading: kind === 'article' ? rest.slice(0, 40) : rest, line: index });
  });
  return { nodes };
}

export function countArticles(structure: DocumentStructure): number {
  return structure.nodes.filter((node) => node.kind === 'article').length;
}
