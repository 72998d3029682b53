import { findDate } from '../../text/dates.js';
import type { EvidenceSource, HintField, MetadataHints } from '../../documents/documents.types.js';

/**
 * Labels of the fields that portals (信息公开 box) and legal databases (北大法宝's field block) print
 * beside a document, by the field they give. Labels match with their spaces removed ("文　　号").
 */
const LABELS: Record<string, HintField | 'ignored'> = {
  文号: 'docNumber', 发文字号: 'docNumber', 发文文号: 'docNumber',
  发文机关: 'issuer', 发布机关: 'issuer', 发文单位: 'issuer', 制发机关: 'issuer', 发布部门: 'issuer', 制定机关: 'issuer',
  成文日期: 'issuedOn', 发文日期: 'issuedOn', 印发日期: 'issuedOn', 公布日期: 'issuedOn',
  实施日期: 'effectiveOn', 生效日期: 'effectiveOn', 施行日期: 'effectiveOn',
  失效日期: 'expiresOn', 废止日期: 'expiresOn', 有效期至: 'expiresOn',
  索引号: 'ignored', 主题分类: 'ignored', 发布机构: 'ignored', 发布日期: 'ignored', 有效性: 'ignored', 统一编号: 'ignored',
  名称: 'ignored', 标题: 'ignored', 时效性: 'ignored', 效力位阶: 'ignored', 效力级别: 'ignored', 法规类别: 'ignored',
};
const LABEL_NAMES = Object.keys(LABELS).map((label) => [...label].join('[\\s\\u3000]*')).join('|');
// A value runs to the end of its cell, or to the next label on the same line.
const FIELD = new RegExp(`(${LABEL_NAMES})[\\s\\u3000]*[:：]\\s*((?:(?!(?:${LABEL_NAMES})[\\s\\u3000]*[:：])[^\\t\\n])*)`, 'g');
/** A line that is one labelled field and nothing else, as in a database's field block. */
export const FIELD_LINE = new RegExp(`^(?:${LABEL_NAMES})[\\s\\u3000]*[:：]`);

/**
 * "文　　号：穗残联规字〔2019〕2号", "成文日期：2019年01月17日", "发布日期：2019.03.05": the first value of each
 * field, as hints with their label as evidence. Labels that name the publisher or the page's date are
 * read and left out: they are not the document's.
 */
export function readLabelledFields(text: string, source: EvidenceSource): MetadataHints['fields'] {
  const fields: MetadataHints['fields'] = {};
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(FIELD)) {
      const label = match[1]!.replace(/[\s\u3000]+/g, '');
      // A portal's 发布日期 is the day of the page; a legal database's is the document's own.
      const field = label === '发布日期' && source === 'database_header' ? 'issuedOn' : LABELS[label];
      const raw = match[2]!.replace(/\s+/g, ' ').trim();
      const value = field === 'issuedOn' || field === 'effectiveOn' || field === 'expiresOn' ? isoOrNull(raw) : raw.split(/\s{2,}/)[0];
      if (!field || field === 'ignored' || !value || value.length > 80 || fields[field]) continue;
      fields[field] = { value, source, detail: label };
    }
  }
  return fields;
}

function isoOrNull(raw: string): string | null {
  const dashed = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(raw);
  if (dashed) return `${dashed[1]}-${dashed[2]!.padStart(2, '0')}-${dashed[3]!.padStart(2, '0')}`;
  return findDate(raw);
}

/** The header lines a legal database adds to an export: "【法宝引证码】CLI.12.5115678", "原文链接：https://…". */
const DATABASE_LINE = /^(?:【法宝引证码】|原文链接[:：]|【原文链接】|法宝联想|本篇法规|来源[:：]\s*北大法宝)/;

/**
 * A legal-database export (北大法宝) read apart: its header lines and its field block
 * (发布部门 / 发文字号 / 发布日期 / 实施日期 / 时效性 / 效力位阶 / 法规类别) come out of the text as hints, so
 * that neither becomes the title. Other texts come back as they are.
 */
export function splitDatabaseHeader(lines: readonly string[]): { lines: string[]; fields: MetadataHints['fields'] } {
  const head = lines.slice(0, 30);
  if (!head.some((line) => DATABASE_LINE.test(line))) return { lines: [...lines], fields: {} };
  const block = head.filter((line) => FIELD_LINE.test(line));
  const fields = readLabelledFields(block.join('\n'), 'database_header');
  return { lines: [...head.filter((line) => !DATABASE_LINE.test(line) && !FIELD_LINE.test(line)), ...lines.slice(30)], fields };
}
