import { findDocType, findLevel, findProvisional } from './classification.js';
import { findCitations, findRepeals } from './citations.js';
import { normaliseForMatching, toLines } from '../../text/clean-text.js';
import { findDate, isDateLine } from '../../text/dates.js';
import { findDocNumber, findOrderNumber, isDocNumberLine } from '../../text/doc-number.js';
import { isOrganName, issuerFromEvent, issuerFromTitle, normaliseIssuer } from './issuer.js';
import type { DocumentMetadata } from '../../documents/documents.types.js';
import type { DocumentStructure } from '../../documents/documents.types.js';
import { countArticles, extractStructure } from './structure.js';
import { findTitle, unwrapTitle } from './title.js';
import { findValidity } from './validity.js';

export type Extraction = { metadata: DocumentMetadata; structure: DocumentStructure; searchText: string };

/** Lines above the title of a 红头文件: "平凉市人民政府文件", a 文号, 签发人, urgency and secrecy marks. */
const HEADER_FILE_LINE = /^(.{2,60}?)\s*文件$/;
const ORDER_LINE = /^(.{2,30})令$/;
const ORDER_NUMBER_LINE = /^第\s*\d{1,5}\s*号$/;
const NOISE_LINE = /^(特急|加急|特提|平急|急件|绝密|机密|秘密|内部|公开|份号.*|签发人.*|\d{6}|.{0,4}★.*|[-—_=*]+)$/;
/** "(2019年3月5日 平政发〔2019〕12号)" or "(2019年3月5日平凉市人民政府令第5号公布)" under a title. */
const GAZETTE_LINE = /^[(（](.*)[)）]$/;
/** "2001年4月28日 第九届全国人民代表大会常务委员会第二十一次会议通过", at the top of a statute. */
const EVENT_LINE = /^(\d{4}年\d{1,2}月\d{1,2}日)\s*(\S.*)$/;
/** A line in the head that is neither body text nor an addressee: a subtitle, or an event line wrapped onto the next. */
const HEAD_FILLER = /^[^。：:]{1,80}$/;
const BODY_START = /^#*\s*第[一二三四五六七八九十百零〇\d]+[编章节条]/;

/**
 * Reads the metadata and structure of a document from its text. Pure: the same text gives the same result.
 * `fallbackTitle` (the file name) is used when no title line can be found.
 */
export function extractMetadata(text: string, fallbackTitle: string): Extraction {
  const { readable, searchText } = normaliseForMatching(text);
  const lines = toLines(readable);
  const structure = extractStructure(lines);

  let headerIssuer: string | null = null;
  let headerNumber: string | null = null;
  let orderIssuer: string | null = null;
  let index = 0;
  for (; index < Math.min(lines.length, 20); index++) {
    const line = lines[index]!;
    const compact = line.replace(/\s+/g, '');
    if (HEADER_FILE_LINE.test(line) && !compact.includes('关于')) headerIssuer ??= normaliseIssuer(HEADER_FILE_LINE.exec(line)![1]!);
    else if (isDocNumberLine(line)) headerNumber ??= findDocNumber(line);
    else if (ORDER_LINE.test(compact) && isOrganName(compact.slice(0, -1))) orderIssuer = compact.slice(0, -1);
    else if (ORDER_NUMBER_LINE.test(compact) && orderIssuer) headerNumber ??= findOrderNumber(`${orderIssuer}令${compact}`);
    else if (!NOISE_LINE.test(compact)) break;
  }

  const titleAt = findTitle(lines, index);
  const rawTitle = titleAt?.title ?? fallbackTitle;
  const { title, wrapperTitle } = unwrapTitle(rawTitle);
  let after = titleAt?.nextLine ?? index;

  // Directly under the title: a 文号 line, a gazette line, or the event lines of a statute.
  let gazetteDate: string | null = null;
  let gazetteNumber: string | null = null;
  let gazetteIssuer: string | null = null;
  const eventDates: string[] = [];
  for (; after < Math.min(lines.length, (titleAt?.nextLine ?? index) + 25); after++) {
    const line = lines[after]!;
    const gazette = GAZETTE_LINE.exec(line);
    const event = EVENT_LINE.exec(line);
    if (isDocNumberLine(line)) headerNumber ??= findDocNumber(line);
    else if (gazette && (findDate(line) || findDocNumber(line) || findOrderNumber(line))) {
      gazetteDate ??= findDate(line);
      gazetteNumber ??= findDocNumber(line) ?? findOrderNumber(line);
      gazetteIssuer ??= issuerFromEvent(gazette[1]!);
    } else if (event) {
      if (!/起?施行$/.test(event[2]!)) eventDates.push(findDate(event[1]!)!);
      gazetteIssuer ??= issuerFromEvent(event[2]!);
      gazetteNumber ??= findOrderNumber(event[2]!);
    } else if (BODY_START.test(line) || !HEAD_FILLER.test(line) || isDateLine(line)) break;
  }

  const signature = findSignature(lines, after);
  const issuedOn = gazetteDate ?? eventDates.at(-1) ?? signature.date ?? null;
  const issuer = headerIssuer ?? (orderIssuer && normaliseIssuer(orderIssuer)) ?? issuerFromTitle(wrapperTitle ?? title)
    ?? gazetteIssuer ?? signature.issuer;
  const docNumber = headerNumber ?? gazetteNumber;
  const { effectiveOn, expiresOn } = findValidity(readable, issuedOn);
  const docType = findDocType(title);

  return {
    searchText,
    structure,
    metadata: {
      title,
      wrapperTitle,
      docNumber,
      issuer,
      issuedOn,
      effectiveOn,
      expiresOn,
      docType,
      provisional: findProvisional(title),
      level: findLevel({ title, issuer, docType, docNumber }),
      articleCount: countArticles(structure),
      citations: findCitations(readable, [title, wrapperTitle]),
      repeals: findRepeals(readable),
    },
  };
}

/** The first "authority / date" pair of lines after the title: the signature of the notice or rule. */
function findSignature(lines: readonly string[], from: number): { issuer: string | null; date: string | null } {
  for (let i = from; i < lines.length; i++) {
    if (!isDateLine(lines[i]!)) continue;
    const above = lines[i - 1]?.replace(/\s{2,}/g, ' ');
    return { date: findDate(lines[i]!), issuer: above && isOrganName(above) ? normaliseIssuer(above) : null };
  }
  return { issuer: null, date: null };
}
