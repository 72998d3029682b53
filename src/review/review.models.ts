import type { ReasonCode } from './suggestions/suggestion-rules.js';
import type { Category, DispositionStatus } from './review.table.js';

export const CATEGORY_LABELS: Record<Category, string> = { keep: '坚持', improve: '完善', abolish: '废止', create: '新建' };

export const STATUS_LABELS: Record<DispositionStatus, string> = { draft: '草稿', submitted: '待审核', returned: '已退回', approved: '已批准' };

export const REASON_LABELS: Record<ReasonCode, string> = {
  superseded: '已有新版本',
  repealed: '已被明令废止',
  expired: '有效期已过',
  cites_invalid: '引用文件已失效或修订',
  provisional_aged: '暂行试行过久',
  near_duplicate: '内容重复',
};
