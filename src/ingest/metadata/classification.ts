import type { DocumentKind, DocumentLevel, Provisional } from '../../documents/documents.types.js';

/**
 * Title suffixes naming a document type (文种), longest first so 实施细则 wins over 细则. A 实施办法 is an
 * 办法 and a 工作方案 a 方案, as offices file them; 实施细则 is a type of its own.
 */
const DOC_TYPES = [
  '实施细则', '修正案', '条例', '规定', '办法', '细则', '规则', '制度',
  '意见', '决定', '通知', '方案', '规划', '纲要', '公告', '通告', '规程', '守则', '准则', '章程', '决议', '批复',
  '命令', '报告', '公报', '指引', '标准', '法', '令', '函',
].sort((a, b) => b.length - a.length);

/** Strips trailing notes in brackets, "（试行）", "(2019年修订)", "（草案）", before reading the suffix. */
function coreTitle(title: string): string {
  return title.replace(/(\s*[(（][^()（）]{1,12}[)）])+$/, '').trim();
}

export function findDocType(title: string): string | null {
  const core = coreTitle(title);
  return DOC_TYPES.find((type) => core.endsWith(type)) ?? null;
}

export function findProvisional(title: string): Provisional | null {
  if (title.includes('暂行')) return 'interim';
  if (title.includes('试行')) return 'trial';
  return null;
}

const STATUTE_TYPES = new Set(['条例', '规定', '办法', '实施细则', '细则', '规则']);

/** The legal rank of a document, best effort, from its title, issuer, type and 文号. */
export function findLevel({ title, issuer, docType, docNumber }: {
  title: string;
  issuer: string | null;
  docType: string | null;
  docNumber: string | null;
}): DocumentLevel | null {
  const by = (issuer ?? '').replace(/^中华人民共和国/, '');
  if (/全国人民代表大会/.test(by) || (title.startsWith('中华人民共和国') && docType === '法')) return '法律';
  if (docNumber?.includes('令')) return by === '国务院' ? '行政法规' : '规章';
  if (by === '国务院' && docType && STATUTE_TYPES.has(docType) && !docNumber) return '行政法规';
  if (/人民代表大会(常务委员会)?$/.test(by) && docType === '条例') return '地方性法规';
  if (docNumber) return '规范性文件';
  if (title.includes('内部') || (docType && ['制度', '规程', '守则', '准则'].includes(docType))) return '内部制度';
  return null;
}

/** Types that a page about a document (a notice of results, a table of standards) shares with documents. */
const TYPES_NEEDING_A_SIGN = new Set(['通知', '公告', '通告', '函', '标准', '报告']);

/**
 * What a saved web page is. A statistical bulletin is marked whatever its source. A page is a 公文 when
 * its headline ends in a document type and, for types a news item or table can share, it carries a
 * 文号 or a signature; otherwise it is a Q&A, a service guide or news. Files that are not pages are 公文.
 */
export function findKind({ title, isWebPage, docNumber, signed }: {
  title: string;
  isWebPage: boolean;
  docNumber: string | null;
  signed: boolean;
}): DocumentKind {
  if (/统计公报$/.test(coreTitle(title))) return 'statistics';
  if (!isWebPage) return 'official';
  const docType = findDocType(title);
  if (docType && (!TYPES_NEEDING_A_SIGN.has(docType) || docNumber || signed)) return 'official';
  if (/问答|答问|答记者问|热点\d+问|\d+问$|解读/.test(title)) return 'qa';
  if (/指南|须知|流程|请查收|怎么办|如何/.test(title)) return 'guide';
  return 'news';
}
