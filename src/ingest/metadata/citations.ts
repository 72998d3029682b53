/** The titles written in 《》 in a text, outermost only, in order of first appearance. */
export function findBracketedTitles(text: string): string[] {
  const titles: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (ch === '》' && depth > 0) {
      depth--;
      if (depth === 0) titles.push(text.slice(start, i));
    } else if (ch === '\n') {
      depth = 0; // a title never spans paragraphs; an unclosed 《 must not swallow the rest
    }
  }
  return titles.map((t) => t.replace(/\s+/g, '')).filter((t) => t.length > 0 && t.length <= 100);
}

/** Titles cited in 《》, without duplicates and without the document's own titles. */
export function findCitations(text: string, ownTitles: readonly (string | null)[]): string[] {
  const own = new Set(ownTitles.filter((t): t is string => !!t));
  return [...new Set(findBracketedTitles(text))].filter((title) => !own.has(title));
}

const REPEAL_CLAUSE = /(同时|即行|予以|一并)(废止|失效)/;

/** Titles that a "《……》同时废止" clause repeals. */
export function findRepeals(text: string): string[] {
  const repealed: string[] = [];
  for (const sentence of text.split(/[。；;\n]/)) {
    const clause = REPEAL_CLAUSE.exec(sentence);
    if (!clause) continue;
    repealed.push(...findBracketedTitles(sentence.slice(0, clause.index)));
  }
  return [...new Set(repealed)];
}
