import { findDocType, findKind, findLevel, findProvisional } from './classification.js';
import { findCitations, findRepeals } from './citations.js';
import type { DocumentEvidence, DocumentKind, DocumentMetadata, DocumentStructure, FieldEvidence, MetadataHints } from '../../documents/documents.types.js';
import { normaliseForMatching, toLines } from '../../text/clean-text.js';
import { findDate, isDateLine } from '../../text/dates.js';
import { findDocNumber, findOrderNumber, isDocNumberLine, normaliseDocNumber } from '../../text/doc-number.js';
import { isOrganName, issuerFromEvent, issuerFromTitle, normaliseIssuer } from './issuer.js';
import { splitDatabaseHeader } from './labelled-fields.js';
import { countArticles, extractStructure } from './structure.js';
import { findPrintedRule, findTitle, unwrapTitle } from './title.js';
import { findValidity } from './validity.js';

export type Extraction = {
  metadata: DocumentMetadata;
  /** Where each field was found. */
  evidence: DocumentEvidence;
  kind: DocumentKind;
  structure: DocumentStructure;
  searchText: string;
};

/** Lines above the title of a 红头文件: "平凉市人民政府文件", a 文号, 签发人, urgency and secrecy marks. */
const HEADER_FILE_LINE = /^(.{2,60}?)\s*文件$/;
const ORDER_LINE = /^(.{2,30})令$/;
const ORDER_NUMBER_LINE = /^第\s*\d{1,5}\s*号$/;
const NOISE_LINE = /^(特急|加急|特提|平急|急件|绝密|机密|秘密|内部|公开|份号.*|签发人.*|\d{6}|.{0,4}★.*|[-—_=*]+|附件\s*\d*\s*[:：]?)$/;
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
export function extractMetadata(text: string, fallbackTitle: string, hints: MetadataHints = { fields: {} }): Extraction {
  const { readable, searchText } = normaliseForMatching(text);
  const allLines = toLines(readable);
  // Structure line numbers count every line of the text, the database's header lines too.
  const structure = extractStructure(allLines);
  const database = splitDatabaseHeader(allLines);
  const lines = database.lines;
  hints = { ...hints, fields: { ...database.fields, ...hints.fields } };
  const evidence: DocumentEvidence = {};
  const found = <T>(field: keyof DocumentEvidence, value: T, source: FieldEvidence['source'], detail?: string): T => {
    if (value !== null && value !== undefined && !evidence[field]) evidence[field] = detail ? { source, detail } : { source };
    return value;
  };

  let headerIssuer: string | null = null;
  let headerNumber: string | null = null;
  let orderIssuer: string | null = null;
  // A joint 发文机关标志 stacks the issuers one per line, "文件" beside the last: "平凉市财政局" / "平凉市人社局文件".
  const stackedIssuers: string[] = [];
  let index = 0;
  for (; index < Math.min(lines.length, 20); index++) {
    const line = lines[index]!;
    const compact = line.replace(/\s+/g, '');
    if (HEADER_FILE_LINE.test(line) && !compact.includes('关于')) {
      headerIssuer ??= normaliseIssuer([...stackedIssuers, HEADER_FILE_LINE.exec(line)![1]!].join(' '));
    } else if (isOrganName(line) && stacksOverFileLine(lines, index)) stackedIssuers.push(line);
    else if (isDocNumberLine(line)) headerNumber ??= findDocNumber(line);
    else if (ORDER_LINE.test(compact) && isOrganName(compact.slice(0, -1))) orderIssuer = compact.slice(0, -1);
    else if (ORDER_NUMBER_LINE.test(compact) && orderIssuer) headerNumber ??= findOrderNumber(`${orderIssuer}令${compact}`);
    else if (!NOISE_LINE.test(compact)) break;
  }

  const titleAt = findTitle(lines, index);
  const hintedTitle = hints.fields.title;
  const rawTitle = titleAt ? found('title', titleAt.title, 'header')
    : hintedTitle ? found('title', hintedTitle.value.trim(), hintedTitle.source, hintedTitle.detail)
      : found('title', fallbackTitle, 'file_name');
  let { title, wrapperTitle } = unwrapTitle(rawTitle);
  let after = titleAt?.nextLine ?? index;

  // Directly under the title: a 文号 line, a byline, a gazette line, or the event lines of a statute.
  let gazetteDate: string | null = null;
  let gazetteNumber: string | null = null;
  let gazetteIssuer: string | null = null;
  let bylineIssuer: string | null = null;
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
    } else if (BODY_START.test(line) || !HEAD_FILLER.test(line) || isDateLine(line)) {
      // A bulletin's byline, the authors under the title, is followed by its date.
      if (isDateLine(line) && after > 0 && isOrganName(lines[after - 1]!)) bylineIssuer ??= normaliseIssuer(lines[after - 1]!);
      break;
    } else if (isOrganName(line) && GAZETTE_LINE.test(lines[after + 1] ?? '')) bylineIssuer ??= normaliseIssuer(line);
  }

  // A notice that issues a rule is unwrapped only when the rule is printed in the same file.
  if (wrapperTitle) {
    const printed = findPrintedRule(lines, titleAt?.nextLine ?? index, title);
    if (printed) title = printed;
    else [title, wrapperTitle] = [wrapperTitle, null];
  }
  if (wrapperTitle) found('wrapperTitle', wrapperTitle, evidence.title!.source, evidence.title!.detail);

  const signature = findSignature(lines, after);
  const hinted = (field: 'docNumber' | 'issuer' | 'issuedOn' | 'effectiveOn' | 'expiresOn', normalise: (value: string) => string | null = (v) => v) => {
    const hint = hints.fields[field];
    return hint ? found(field, normalise(hint.value), hint.source, hint.detail) : null;
  };
  const issuedOn = found('issuedOn', gazetteDate ?? eventDates.at(-1) ?? null, 'gazette')
    ?? found('issuedOn', signature.date, 'signature')
    ?? hinted('issuedOn');
  const issuer = found('issuer', headerIssuer ?? (orderIssuer && normaliseIssuer(orderIssuer)), 'header')
    ?? found('issuer', issuerFromTitle(wrapperTitle ?? title), 'title')
    ?? found('issuer', gazetteIssuer, 'gazette')
    ?? found('issuer', bylineIssuer, 'header', '署名')
    ?? found('issuer', signature.issuer ?? closingIssuer(lines), 'signature')
    ?? hinted('issuer', normaliseIssuer);
  const docNumber = found('docNumber', headerNumber, 'header') ?? found('docNumber', gazetteNumber, 'gazette')
    ?? hinted('docNumber', normaliseDocNumber);
  const colophonDate = findColophonDate(lines);
  const validity = findValidity(readable, colophonDate ?? issuedOn);
  // "自印发之日起施行" reads the 版记's 印发日期 where one is printed.
  const effectiveOn = (colophonDate && validity.effectiveOn === colophonDate ? found('effectiveOn', colophonDate, 'colophon', '印发日期') : null)
    ?? found('effectiveOn', validity.effectiveOn, 'body') ?? hinted('effectiveOn');
  // A printed end date wins; the portal's 失效日期 wins over one computed from a term.
  const expiresOn = (validity.expiresBy === 'date' ? found('expiresOn', validity.expiresOn, 'body') : null)
    ?? hinted('expiresOn') ?? found('expiresOn', validity.expiresOn, 'body', '有效期');
  const kind = findKind({ title, isWebPage: hints.isWebPage ?? false, docNumber, signed: signature.date !== null });
  if (hints.isWebPage) evidence.kind = hints.column ? { source: 'meta', detail: hints.column } : { source: 'meta' };
  else if (kind !== 'official') evidence.kind = { source: 'title' };
  if (kind !== 'official' && kind !== 'statistics') {
    // A page about documents: the 文号, dates and bodies it quotes are not its own.
    for (const field of ['docNumber', 'issuer', 'issuedOn', 'effectiveOn', 'expiresOn', 'wrapperTitle'] as const) delete evidence[field];
    return {
      searchText, structure, evidence, kind,
      metadata: {
        title, wrapperTitle: null, docNumber: null, issuer: null, issuedOn: null, effectiveOn: null, expiresOn: null, docType: null,
        provisional: null, level: null, articleCount: countArticles(structure), citations: findCitations(readable, [title]), repeals: [],
      },
    };
  }
  const docType = found('docType', findDocType(title), 'title');

  return {
    searchText,
    structure,
    evidence,
    kind,
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

/** Whether the organ names from `index` on lead, within three lines, to a "……文件" line. */
function stacksOverFileLine(lines: readonly string[], index: number): boolean {
  for (let i = index + 1; i < Math.min(lines.length, index + 4); i++) {
    if (HEADER_FILE_LINE.test(lines[i]!) && !lines[i]!.includes('关于')) return true;
    if (!isOrganName(lines[i]!)) return false;
  }
  return false;
}

/** The 版记's last line: "平凉市人民政府办公室    2019年3月6日印发" — the day the document was printed. */
const COLOPHON_LINE = /^(.{2,40}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$/;
export function findColophonDate(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 15); i--) {
    const match = COLOPHON_LINE.exec(lines[i]!.trim());
    if (match) return findDate(match[2]!);
  }
  return null;
}

/** A signature printed in brackets as the last line, as bulletins do: "（万载县统计局）". */
function closingIssuer(lines: readonly string[]): string | null {
  const last = /^[(（](.{2,40})[)）]$/.exec(lines.at(-1)?.trim() ?? '');
  return last && isOrganName(last[1]!.trim()) ? normaliseIssuer(last[1]!) : null;
}

/** The first "authority / date" pair of lines after the title: the signature of the notice or rule. */
function findSignature(lines: readonly string[], from: number): { issuer: string | null; date: string | null } {
  for (let i = from; i < lines.length; i++) {
    if (!isDateLine(lines[i]!)) continue;
    // Joint issuers sign on one or several lines above the date, in order.
    const signers: string[] = [];
    for (let j = i - 1; j >= Math.max(from, i - 4); j--) {
      const above = lines[j]!.replace(/\s{2,}/g, ' ');
      if (!isOrganName(above)) break;
      signers.unshift(above);
    }
    return { date: findDate(lines[i]!), issuer: signers.length > 0 ? normaliseIssuer(signers.join(' ')) : null };
  }
  return { issuer: null, date: null };
}
