import { parseArgs } from 'node:util';
import type { AppConfig } from '../config.js';
import type { AppDatabase } from '../db/database.js';
import { createReviewQueries } from './review.queries.js';
import { createReviewRepository } from './review.repository.js';
import { applySuggestionsToRound } from './review.usecases.js';
import { createSuggestionService } from './suggestions/suggestions.usecases.js';

export const REVIEW_USAGE = `  review rounds                            列出清理批次及进度
  review apply-suggestions --round 名称    为批次中尚无意见的文件按建议生成草稿意见`;

/** `zhidu review …`: rounds from the command line, for offices that script their clean-up. */
export function runReviewCommand(args: string[], db: AppDatabase, config: AppConfig): number {
  const [subcommand, ...rest] = args;
  const reviewRepository = createReviewRepository({ db });
  const suggestionService = createSuggestionService({ db, config });
  if (subcommand === 'rounds') {
    for (const round of createReviewQueries({ reviewRepository, suggestionService }).rounds()) {
      console.log(`${round.name}\t共 ${round.total} 项，已定类 ${round.decided} 项，已批准 ${round.approved} 项`);
    }
    return 0;
  }
  if (subcommand === 'apply-suggestions') {
    const { values } = parseArgs({ args: rest, options: { round: { type: 'string' } } });
    const round = values.round ? reviewRepository.findRoundByName(values.round) : undefined;
    if (!round) {
      console.error(values.round ? `没有名为“${values.round}”的清理批次` : `请用 --round 指定清理批次\n${REVIEW_USAGE}`);
      return values.round ? 1 : 2;
    }
    const { updated, skipped } = applySuggestionsToRound({ roundId: round.id, actor: null, reviewRepository, suggestionService });
    console.log(`“${round.name}”：按建议生成草稿意见 ${updated.length} 项${skipped.length ? `，未生成 ${skipped.length} 项` : ''}`);
    for (const { id, message } of skipped) console.log(`  未生成 #${id}：${message}`);
    return 0;
  }
  console.error(`用法：\n${REVIEW_USAGE}`);
  return 2;
}
