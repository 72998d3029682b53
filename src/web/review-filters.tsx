import { CATEGORY_LABELS } from '../review/review.models.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';

/**
 * The review filters of the document list and of search: the category of a document's latest disposition
 * and the tracked item it serves. Shown only to those who may read the review (`items` is null otherwise).
 */
export function ReviewFilters({ category, item, items }: { category: string | undefined; item: number | undefined; items: TrackingItemRow[] | null }) {
  if (!items) return null;
  return (
    <>
      <select name="category" aria-label="清理类别">
        <option value="" selected={!category}>全部清理类别</option>
        {(['keep', 'improve', 'abolish'] as const).map((c) => <option value={c} selected={category === c}>{CATEGORY_LABELS[c]}</option>)}
      </select>
      <select name="item" aria-label="对应制度或机制">
        <option value="" selected={!item}>全部制度和机制</option>
        {items.map((i) => <option value={String(i.id)} selected={item === i.id}>{i.name}</option>)}
      </select>
    </>
  );
}
