import { parseArgs } from 'node:util';
import type { AppConfig } from '../../config.js';
import type { AppDatabase } from '../../db/database.js';
import { createSuggestionService } from './suggestions.usecases.js';
import { REASON_LABELS, CATEGORY_LABELS } from '../review.models.js';

export const SUGGEST_USAGE = `  suggest [--json]                         对每件文件给出清理建议（类别与理由）`;

/** `zhidu suggest`: the suggestion of every document, with its evidence. */
export function runSuggestCommand(args: string[], db: AppDatabase, config: AppConfig): number {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const { relations, suggestions } = createSuggestionService({ db, config }).snapshot();
  const totals = new Map<string, number>();
  for (const [id, suggestion] of suggestions) {
    const entry = relations.byId.get(id)!;
    totals.set(suggestion.category, (totals.get(suggestion.category) ?? 0) + 1);
    if (values.json) {
      const reasons = suggestion.reasons.map(({ code, message, relatedIds }) => ({ code, message, relatedIds }));
      console.log(JSON.stringify({ id, title: entry.title, issuedOn: entry.issuedOn, suggestion: { category: suggestion.category, reasons } }));
    } else if (suggestion.reasons.length > 0) {
      console.log(`${id}\t${CATEGORY_LABELS[suggestion.category]}\t${entry.title}\t${suggestion.reasons.map((r) => `${REASON_LABELS[r.code]}：${r.message}`).join('；')}`);
    }
  }
  if (!values.json) console.log(`共 ${suggestions.size} 件：${[...totals].map(([category, n]) => `${CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]} ${n}`).join('，')}`);
  return 0;
}
