import type { DocumentKind, EvidenceSource, FieldEvidence, Provisional } from '../documents/documents.types.js';

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

export const KIND_LABELS: Record<DocumentKind, string> = {
  official: '公文', statistics: '统计公报', news: '新闻报道', guide: '办事指南', qa: '问答解读',
};

export const EVIDENCE_LABELS: Record<EvidenceSource, string> = {
  header: '版头/标题下', title: '标题', signature: '落款', colophon: '版记', gazette: '题注', body: '正文条款',
  meta: '网页元数据', page_box: '信息公开栏', database_header: '法规库字段', inferred: '推断', file_name: '文件名',
};

/** "来源：信息公开栏（文号）", what a field's evidence says in a sentence. */
export function describeEvidence(evidence: FieldEvidence | undefined): string | null {
  if (!evidence) return null;
  return `来源：${EVIDENCE_LABELS[evidence.source]}${evidence.detail ? `（${evidence.detail}）` : ''}`;
}
