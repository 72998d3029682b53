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
    const continues = !findDocType(title) && findDocType(candidate) !== null && looksLikeTitleLine(candidate);
    if (!unclosed && !continues) break;
    if (!looksLikeTitleLine(candidate) && !unclosed) break;
    title += candidate;
    next++;
  }
  // Wrapped lines join without a gap; a space inside a line stays, as between joint issuers.
  return { title: title.replace(/\s+/g, ' '), nextLine: next };
}

function stripMarkdownHeading(line: string): string {
  return line.replace(/^#{1,6}\s*/, '').trim();
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
