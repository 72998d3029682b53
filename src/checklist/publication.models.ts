import type { Category } from '../review/review.table.js';
import { chineseDate } from '../shared/official-layout.js';

/**
 * The lists a city publishes when it announces a clean-up's result (公布清理结果), in the order its notices
 * give them. A 废止 disposition is listed as 废止 or 宣布失效 by the action of its ground: a rule repealed by a
 * decision, or one declared no longer in force because its term ended or what it governed is gone.
 */
export const PUBLISHED_LISTS = ['continued', 'amended', 'repealed', 'invalidated'] as const;
export type PublishedList = (typeof PUBLISHED_LISTS)[number];

export const LIST_ACTIONS: Record<PublishedList, string> = { continued: '继续有效', amended: '修改', repealed: '废止', invalidated: '宣布失效' };

/** The list a decided disposition is published in; 新建 proposals are plans, not published results. */
export function listOf(category: Category, groundAction: string | null): PublishedList | null {
  if (category === 'keep') return 'continued';
  if (category === 'improve') return 'amended';
  if (category === 'abolish') return groundAction === '宣布失效' ? 'invalidated' : 'repealed';
  return null;
}

/** One line of a published list. */
export type PublishedRow = { title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null; note: string };

export const LIST_TITLES: Record<PublishedList, (subject: string) => string> = {
  continued: (subject) => `继续有效的${subject}目录`,
  amended: (subject) => `需要修改的${subject}目录`,
  repealed: (subject) => `决定废止的${subject}目录`,
  invalidated: (subject) => `宣布失效的${subject}目录`,
};

/** The columns of each list; the last says why, except for what stays in force. */
export function listColumns(list: PublishedList) {
  const columns: { key: keyof PublishedRow | 'no'; label: string; nowrap?: boolean; weight?: number; date?: boolean }[] = [
    { key: 'no', label: '序号', nowrap: true },
    { key: 'title', label: '文件名称', weight: 1.4 },
    { key: 'docNumber', label: '文号', nowrap: true },
    { key: 'issuer', label: '发文机关' },
    { key: 'issuedOn', label: '成文日期', nowrap: true, date: true },
  ];
  const note = { amended: '修改意见', repealed: '废止理由', invalidated: '失效理由', continued: null }[list];
  if (note) columns.push({ key: 'note', label: note });
  return columns;
}

/** A list's rows as printed: numbered, dates written out. */
export function listCells(list: PublishedList, rows: PublishedRow[]): string[][] {
  return rows.map((row, index) => listColumns(list).map((c) => {
    if (c.key === 'no') return String(index + 1);
    return c.date ? chineseDate(row[c.key]) : row[c.key] ?? '';
  }));
}

export const PUBLICATION_KINDS = ['decision', 'notice'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
const KIND_WORDS: Record<PublicationKind, string> = { decision: '决定', notice: '通知' };

/** What the legal office fills in for the publishing document; empty texts take the wording drafted below. */
export type PublicationDetails = {
  kind: PublicationKind;
  issuer: string;
  docNumber: string;
  issuedOn: string | null;
  /** What was cleaned: 规范性文件, 政策文件, 制度. */
  subject: string;
  title: string;
  addressee: string;
  body: string;
  copyTo: string;
};

/** The attachments of the publishing document: the lists that have rows, numbered in that order. */
export type Attachment = { list: PublishedList; number: number; title: string; rows: PublishedRow[] };

export function attachmentsOf(lists: Record<PublishedList, PublishedRow[]>, subject: string): Attachment[] {
  return PUBLISHED_LISTS.filter((list) => lists[list].length > 0)
    .map((list, index) => ({ list, number: index + 1, title: LIST_TITLES[list](subject), rows: lists[list] }));
}

export const DEFAULT_ADDRESSEE = '各县（市、区）人民政府，市政府各部门，市直各单位：';

export function defaultTitle({ issuer, subject, kind }: Pick<PublicationDetails, 'issuer' | 'subject' | 'kind'>): string {
  return `${issuer}关于公布${subject}清理结果的${KIND_WORDS[kind]}`;
}

/**
 * The body as such a 决定 or 通知 is usually worded: why and how the clean-up was done, what it decided,
 * list by list with its attachment, and what follows for each list. One paragraph per line.
 */
export function defaultBody({ issuer, subject, kind }: Pick<PublicationDetails, 'issuer' | 'subject' | 'kind'>, attachments: Attachment[]): string {
  const word = KIND_WORDS[kind];
  const count = (list: PublishedList) => attachments.find((a) => a.list === list);
  const parts = attachments.map(({ list, number, rows }) => {
    const phrase = { continued: '继续有效', amended: '予以修改', repealed: '予以废止', invalidated: '宣布失效' }[list];
    return `${rows.length}件${phrase}（见附件${number}）`;
  });
  const decided = parts.length > 0 ? `经清理，${kind === 'decision' ? '决定' : '现将结果公布如下'}：${parts.join('；')}。` : '';
  const follow = [
    count('continued') ? `继续有效的${subject}，由制定机关和实施单位继续抓好贯彻落实` : null,
    count('amended') ? `需要修改的，由制定机关按照规定程序抓紧修改，修改前继续执行，但与法律、法规、规章不一致的内容不再执行` : null,
    count('repealed') || count('invalidated') ? `废止和宣布失效的，自本${word}公布之日起停止执行，不再作为行政管理的依据` : null,
  ].filter(Boolean).join('；');
  return [
    `为维护社会主义法制统一，推进依法行政，按照“谁制定、谁清理”的原则，${issuer}组织对${subject}进行了全面清理。${decided}`,
    follow ? `${follow}。` : '',
    `各地各部门要以此次清理为契机，严格落实${subject}合法性审核和备案审查制度，建立健全${subject}定期清理工作机制，切实维护法制统一和政令畅通。`,
  ].filter(Boolean).join('\n');
}

/** The details with the drafted wording wherever the office left a text empty. */
export function completeDetails(details: PublicationDetails, attachments: Attachment[]): PublicationDetails {
  return {
    ...details,
    title: details.title.trim() || defaultTitle(details),
    addressee: details.addressee.trim() || DEFAULT_ADDRESSEE,
    body: details.body.trim() || defaultBody(details, attachments),
  };
}

/** What is still missing before the document can be issued. */
export function missingForIssue(details: Pick<PublicationDetails, 'issuer' | 'docNumber' | 'issuedOn'>): string[] {
  return [
    details.issuer.trim() ? null : '发文机关',
    details.docNumber.trim() ? null : '发文字号',
    details.issuedOn ? null : '成文日期',
  ].filter((field): field is string => field !== null);
}
