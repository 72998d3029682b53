import type { Provisional } from '../documents/documents.types.js';

export const PROVISIONAL_LABELS: Record<Provisional, string> = { interim: '暂行', trial: '试行' };

export const FIELD_LABELS = {
  title: '标题',
  wrapperTitle: '印发通知标题',
  docNumber: '文号',
  issuer: '发文机关',
  issuedOn: '成文日期',
  effectiveOn: '施行日期',
  expiresOn: '失效日期',
  docType: '文种',
  provisional: '暂行/试行',
  level: '效力级别',
  articleCount: '条数',
  citations: '引用文件',
  repeals: '废止文件',
} as const;

export const SORT_LABELS = { issuedOn: '成文日期', title: '标题', docNumber: '文号', issuer: '发文机关', importedAt: '导入顺序' } as const;
