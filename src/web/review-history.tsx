import { ACTION_LABELS, CATEGORY_LABELS, FIELD_LABELS, REASON_LABELS, STATUS_LABELS, type HistoryView } from '../review/review.models.js';
import type { ReviewGroundRow } from '../review/review.table.js';

export const formatTime = (at: Date | string) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** What the ids in a history stand for: grounds and tracked items by their names. */
export type HistoryLabels = { grounds: ReadonlyMap<number, ReviewGroundRow>; items: ReadonlyMap<number, string> };

/** One history entry's change of one field, in words: "类别：未定 → 废止". */
export function changeText(field: string, [from, to]: [unknown, unknown], { grounds, items }: HistoryLabels): string {
  const show = (value: unknown): string => {
    if (field === 'category' && value === null) return '未定';
    if (value === null || value === undefined || value === '') return '空';
    if (field === 'category') return CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS] ?? String(value);
    if (field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? String(value);
    if (field === 'groundId') return grounds.get(value as number)?.label ?? String(value);
    if (field === 'acceptedReasons') return (value as { code: string }[]).map((r) => REASON_LABELS[r.code as keyof typeof REASON_LABELS] ?? r.code).join('、') || '无';
    if (field === 'itemIds') return (value as number[]).map((id) => items.get(id) ?? `#${id}`).join('、') || '无';
    if (Array.isArray(value)) return `${value.length} 项`;
    const text = String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  };
  return `${FIELD_LABELS[field] ?? field}：${show(from)} → ${show(to)}`;
}

/** The history of dispositions, newest first: who did what when, and each field's old and new value. */
export function HistoryList({ entries, labels }: { entries: (HistoryView & { title?: string | null })[]; labels: HistoryLabels }) {
  return (
    <ol>
      {entries.map((h) => (
        <li>
          <span class="muted">{formatTime(h.at)} · {h.actor ?? '命令行'}</span> <strong>{ACTION_LABELS[h.action] ?? h.action}</strong>
          {h.title !== undefined && <> <a href={`/review/dispositions/${h.dispositionId}`}>{h.title ?? `#${h.dispositionId}`}</a></>}
          {h.comment && <div>意见：{h.comment}</div>}
          <ul class="changes">{Object.entries(h.changes).filter(([field]) => field !== 'comment').map(([field, change]) => <li>{changeText(field, change, labels)}</li>)}</ul>
        </li>
      ))}
    </ol>
  );
}
