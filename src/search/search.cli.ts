import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppDatabase } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import { createSearchRepository } from './search.repository.js';
import { rebuildSearchIndex } from './search.index.js';
import { searchDocuments } from './search.usecases.js';
import { describeReading, toSearchReading } from './search.models.js';

export const SEARCH_USAGE = `  search "检索词" [--limit N] [--json]      全文检索
  search --queries 文件 --json             文件中每行一个检索词，每个输出一行 JSON
  search --rebuild                         重建全文索引`;

/** `zhidu search`: the same search as the web page, for scripts and for measuring. */
export function runSearchCommand(args: string[], db: AppDatabase): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { limit: { type: 'string', default: '10' }, json: { type: 'boolean', default: false }, queries: { type: 'string' }, rebuild: { type: 'boolean', default: false } },
  });
  if (values.rebuild) {
    rebuildWithProgress(db);
    return 0;
  }
  const limit = Number(values.limit);
  const queries = values.queries ? fs.readFileSync(values.queries, 'utf8').split(/\r?\n/).filter((line) => line.trim()) : positionals.slice(0, 1);
  if (queries.length === 0 || !Number.isInteger(limit) || limit < 1) {
    console.error(`用法：\n${SEARCH_USAGE}`);
    return 2;
  }
  const searchRepository = createSearchRepository({ db });
  const today = todayIso();

  for (const q of queries) {
    const started = performance.now();
    const { total, hits, reading } = searchDocuments({ query: q, filters: { today }, sort: 'relevance', limit, searchRepository });
    const tookMs = Math.round((performance.now() - started) * 100) / 100;
    if (values.json) {
      const results = hits.map(({ document, score, article }) => ({ id: document.id, title: document.title, docNumber: document.docNumber, score: Math.round(score * 1000) / 1000, article }));
      console.log(JSON.stringify({ q, tookMs, reading: toSearchReading(reading), results }));
    } else {
      console.log(`「${q}」共 ${total} 件，用时 ${tookMs} ms${describeReading(reading) ? `（${describeReading(reading)}）` : ''}`);
      hits.forEach(({ document, article, snippet }, i) => {
        console.log(`${i + 1}. ${document.title}${document.docNumber ? `（${document.docNumber}）` : ''}${article ? ` ${article}` : ''}\n   ${snippet.text.replace(/\s+/g, ' ')}`);
      });
    }
  }
  return 0;
}

/** Rebuilds the index, with a progress line on a terminal. */
export function rebuildWithProgress(db: AppDatabase) {
  const started = performance.now();
  rebuildSearchIndex({
    db,
    onProgress(done, total) {
      if (process.stderr.isTTY && (done % 50 === 0 || done === total)) process.stderr.write(`\r重建全文索引 ${done}/${total}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(`全文索引已重建，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}
