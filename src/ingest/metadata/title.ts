import { findDocType } from './classification.js';
import { isDateLine } from '../../text/dates.js';
import { isDocNumberLine } from '../../text/doc-number.js';

const SENTENCE_MARKS = /[，。；：,;:！？!?]/;
const STRUCTURE_LINE = /^#*\s*第[一二三四五六七八九十百零〇\d]+[编章节条]/;
const ADDRESSEE_LINE = /[:：]$/;
/** A government order opens with "《平凉市……办法》已经……通过，现予公布": the rule's title comes first. */
const PROMULGATION = /^《([^》]{2,80})》(?:已经|已于|业经)/;

/**
 * The title of a document: the first line from `start` on that is not a heading mark, joined with the
 * lines it wraps onto (an unclosed 《, or a first line without a type suffix followed by one that has it).
 */
export function findTitle(lines: readonly string[], start: number): { title: string; nextLine: number } | null {
  const first = lines[start];
  if (first === undefined) return null;
  const promulgated = PROMULGATION.exec(first);
  if (promulgated) return { title: promulgated[1]!, nextLine: start + 1 };
  if (!looksLikeTitleLine(first)) return null;
  let title = stripMarkdownHeading(first);
  let next = start + 1;
  while (next < lines.length && next < start + 4) {
    const candidate = stripMarkdownHeading(lines[next]!);
    const unclosed = (title.match(/《/g)?.length ?? 0) > (title.match(/》/g)?.length ?? 0);
    if (!unclosed && (findDocType(title) || !completesTitle(lines, next, start + 4))) break;
    if (!looksLikeTitleLine(candidate) && !unclosed) break;
    title += candidate;
    next++;
  }
  // Wrapped lines join without a gap; a space inside a line stays, as between joint issuers.
  return { title: title.replace(/\s+/g, ' '), nextLine: next };
}

/**
 * Whether the title-like lines from `from` on (before `end`) reach a line ending in a document type: a
 * title set over two or three lines ("……关于" / "印发……分类" / "监管暂行办法的通知") is joined only then.
 */
function completesTitle(lines: readonly string[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(lines.length, end); i++) {
    const line = stripMarkdownHeading(lines[i]!);
    if (!looksLikeTitleLine(line)) return false;
    if (findDocType(line)) return true;
  }
  return false;
}

function stripMarkdownHeading(line: string): string {
  // A footnote mark after a heading ("……统计公报[1]") is not part of it.
  return line.replace(/^#{1,6}\s*/, '').replace(/\s*\[\d{1,2}\]$/, '').trim();
}

function looksLikeTitleLine(line: string): boolean {
  const text = stripMarkdownHeading(line);
  return text.length > 0 && text.length <= 80 && !SENTENCE_MARKS.test(text.replace(/[(（][^)）]*[)）]/g, ''))
    && !STRUCTURE_LINE.test(line) && !ADDRESSEE_LINE.test(text) && !isDateLine(text) && !isDocNumberLine(text);
}

const ISSUING_NOTICE = /关于(?:印发|转发|发布|颁布|公布|下发|修订印发|重新印发)(.+?)的(?:通知|决定|公告|通告|函|令)$/;

/**
 * For a notice that issues a rule ("关于印发《平凉市……办法》的通知"), the rule's title, with the
 * notice's title kept as `wrapperTitle`. Other titles come back unchanged.
 */
export function unwrapTitle(raw: string): { title: string; wrapperTitle: string | null } {
  const match = ISSUING_NOTICE.exec(raw);
  if (!match) return { title: raw, wrapperTitle: null };
  const inner = match[1]!;
  const quoted = /^《(.+)》$/.exec(inner);
  // Several rules issued together ("《甲》《乙》") stay as written; one rule loses its brackets.
  const title = quoted && !quoted[1]!.includes('》《') ? quoted[1]! : inner;
  return { title, wrapperTitle: raw };
}

const foldForComparison = (text: string) => text.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[《》]/g, '');

/**
 * Where a notice's rule is printed in the same file: its heading on one to three consecutive lines after
 * the notice, equal to the title the notice names (brackets of either width; "关于" may lead it, as when
 * "关于印发推进……方案的通知" prints "关于推进……方案"). Returns the heading as printed, or null when the
 * file holds the notice only.
 */
export function findPrintedRule(lines: readonly string[], from: number, ruleTitle: string): string | null {
  const wanted = foldForComparison(ruleTitle);
  for (let i = from; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      joined += stripMarkdownHeading(lines[j]!);
      const folded = foldForComparison(joined);
      if (folded === wanted || folded === `关于${wanted}`) return joined;
      if (folded.length >= wanted.length + 2) break;
    }
  }
  return null;
}
