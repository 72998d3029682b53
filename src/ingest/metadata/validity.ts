import { DATE_PATTERN, endOfYears, toIsoDate } from '../../text/dates.js';
import { parseChineseNumber } from '../../text/chinese-numerals.js';

const FROM_DATE = new RegExp(`自\\s*${DATE_PATTERN}\\s*(?:零时)?起(?:施行|实施|执行|生效|试行)`, 'g');
const FROM_ISSUE = /自(?:发布|印发|公布|颁布|下发|签发)之日起(?:施行|实施|执行|生效|试行)/g;
const UNTIL_DATE = new RegExp(`有效期(?:至|到|截至)\\s*${DATE_PATTERN}`);
const FOR_YEARS = /(?:有效期|试行期)(?:限)?(?:为)?\s*([\d一二两三四五六七八九十]{1,3})\s*年/;
/**
 * A validity term speaks of the document only in a sentence about the document itself ("本办法有效期5年",
 * "自发布之日起施行，有效期至……", a bare "有效期5年。"), not of a licence or a passport in some article.
 */
const ABOUT_ITSELF = /^(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:本|有效期|试行期)|(?:施行|实施|执行|生效|试行)[，,]/;

function termSentences(text: string): string[] {
  return text.split(/[。；;\n]/).filter((sentence) => ABOUT_ITSELF.test(sentence.trim()));
}

/**
 * When a document takes effect and when it expires, from its validity clauses. The last
 * "自……起施行" clause wins, since a rule's own clause stands at its end, after any covering notice.
 */
export function findValidity(text: string, issuedOn: string | null): {
  effectiveOn: string | null;
  expiresOn: string | null;
  /** Whether the end date is printed ("有效期至……") or computed from a term ("有效期5年"). */
  expiresBy: 'date' | 'term' | null;
} {
  const clauses: { index: number; date: string | null }[] = [];
  for (const m of text.matchAll(FROM_DATE)) clauses.push({ index: m.index, date: toIsoDate(m[1]!, m[2]!, m[3]!) });
  for (const m of text.matchAll(FROM_ISSUE)) clauses.push({ index: m.index, date: issuedOn });
  clauses.sort((a, b) => a.index - b.index);
  const effectiveOn = clauses.at(-1)?.date ?? null;

  const sentences = termSentences(text);
  const until = sentences.map((sentence) => UNTIL_DATE.exec(sentence)).find((m) => m);
  if (until) return { effectiveOn, expiresOn: toIsoDate(until[1]!, until[2]!, until[3]!), expiresBy: 'date' };

  const years = sentences.map((sentence) => FOR_YEARS.exec(sentence)).find((m) => m);
  const count = years ? parseChineseNumber(years[1]!) : null;
  const start = effectiveOn ?? issuedOn;
  const expiresOn = count && start ? endOfYears(start, count) : null;
  return { effectiveOn, expiresOn, expiresBy: expiresOn ? 'term' : null };
}
