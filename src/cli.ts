import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { runUserCommand, USER_USAGE } from './auth/user.cli.js';
import { createUnitDirectory } from './units/units.directory.js';
import { runUnitsCommand, UNITS_USAGE } from './units/units.cli.js';
import { databasePath, loadConfig } from './config.js';
import { backupDatabase, restoreDatabase } from './db/backup.js';
import { openDatabase } from './db/database.js';
import { createInventory } from './app.dependencies.js';
import { runningServerPid } from './db/running-server.js';
import { toImportResultBody } from './ingest/ingest.models.js';
import { createParsePool } from './ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from './ingest/import-paths.js';
import { createOcrQueue } from './ingest/ocr/ocr.queue.js';
import { runSearchCommand, SEARCH_USAGE } from './search/search.cli.js';
import { CHECKLIST_USAGE, runChecklistCommand } from './checklist/checklist.cli.js';
import { REVIEW_USAGE, runReviewCommand } from './review/review.cli.js';
import { runTrackingCommand, TRACKING_USAGE } from './tracking/tracking.cli.js';
import { runSuggestCommand, SUGGEST_USAGE } from './review/suggestions/suggest.cli.js';
import type { ImportResult } from './ingest/ingest.usecases.js';

const USAGE = `用法：npm run -s zhidu -- <命令> [选项]

命令：
  import 路径…  [--json]   导入文件或文件夹（含子文件夹）；--json 每个文件输出一行 JSON
${SEARCH_USAGE}
${SUGGEST_USAGE}
${REVIEW_USAGE}
${CHECKLIST_USAGE}
${TRACKING_USAGE}
${UNITS_USAGE}
${USER_USAGE}
  backup 文件              在服务运行时也可做一致的备份
  restore 文件             用备份恢复数据库（须先停止服务；原数据库另存一份）
  help                     显示本说明

数据目录由环境变量 ZHIDU_DATA_DIR 指定，默认 ./data。`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'import': return runImport(rest);
    case 'user': return withDatabase((db) => runUserCommand(rest, db, createUnitDirectory({ db })));
    case 'search': return withDatabase(async (db) => runSearchCommand(rest, db));
    case 'suggest': return withDatabase(async (db) => runSuggestCommand(rest, db, loadConfig()));
    case 'review': return withDatabase(async (db) => runReviewCommand(rest, db, loadConfig()));
    case 'checklist': return withDatabase((db) => runChecklistCommand(rest, db));
    case 'tracking': return withDatabase(async (db) => runTrackingCommand(rest, db));
    case 'units': return withDatabase(async (db) => runUnitsCommand(rest, db));
    case 'backup': return runBackup(rest);
    case 'restore': return runRestore(rest);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`未知命令：${command}\n\n${USAGE}`);
      return 2;
  }
}

async function withDatabase(run: (db: ReturnType<typeof openDatabase>) => Promise<number>): Promise<number> {
  const db = openDatabase(databasePath(loadConfig()));
  try {
    return await run(db);
  } finally {
    db.$client.close();
  }
}

async function runBackup([file]: string[]): Promise<number> {
  if (!file) {
    console.error('请指定备份文件路径');
    return 2;
  }
  await withDatabase((db) => backupDatabase(db.$client, file).then(() => 0));
  console.log(`已备份到 ${file}`);
  return 0;
}

async function runRestore([file]: string[]): Promise<number> {
  if (!file) {
    console.error('请指定备份文件路径');
    return 2;
  }
  const config = loadConfig();
  // A running server would go on with the database it has open and its caches: it must be stopped first.
  const serverPid = runningServerPid(config.dataDir);
  if (serverPid !== null) {
    console.error(`服务正在运行（进程 ${serverPid}），请先停止服务再恢复`);
    return 1;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    const { aside } = await restoreDatabase(file, databasePath(config));
    console.log(`已从 ${file} 恢复数据库`);
    if (aside) console.log(`原数据库已另存为 ${aside}，确认恢复无误后可删除`);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  return 0;
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    console.error('请指定要导入的文件或文件夹。\n\n' + USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = openDatabase(databasePath(config));
  const { files, skipped } = await collectFiles(positionals);

  const bar = !values.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '导入 [{bar}] {value}/{total} 件  {percentage}%  剩余约 {eta}s', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0);
  const parser = createParsePool(config);
  const documentsRepository = createInventory(db);
  // A scan's line waits for its OCR, so that it carries the metadata read from the recognised text.
  const scans: ImportResult[] = [];
  const results = await importFiles({
    files, documentsRepository, parser, limits: config, concurrency: config.importConcurrency,
    onResult(result) {
      bar?.increment();
      if (result.status === 'imported' && result.document.ocrState === 'pending') scans.push(result);
      else if (values.json) process.stdout.write(`${JSON.stringify(toImportResultBody(result))}\n`);
    },
  });
  bar?.stop();
  if (scans.length > 0) {
    if (!values.json) console.log(`扫描件 ${scans.length} 件，正在进行文字识别（OCR）……`);
    const startedAt = performance.now();
    await createOcrQueue({
      db, parser, documentsRepository, pagesAtOnce: os.availableParallelism(),
      onProgress: ({ fileName, page, pages }) => process.stderr.write(`  OCR ${fileName} 第 ${page}/${pages} 页\n`),
    }).wake();
    for (const scan of scans) {
      if (scan.status !== 'imported') continue;
      const document = documentsRepository.getById(scan.document.id);
      scan.document = document;
      if (values.json) process.stdout.write(`${JSON.stringify(toImportResultBody(scan))}\n`);
      else if (document.ocrState === 'failed') console.log(`  识别失败 ${scan.file}：${document.ocrError}`);
    }
    if (!values.json) console.log(`文字识别完成，用时 ${((performance.now() - startedAt) / 1000).toFixed(1)} 秒`);
  }
  await parser.close();
  db.$client.close();

  const failed = results.filter((r): r is Extract<ImportResult, { status: 'failed' }> => r.status === 'failed');
  if (!values.json) {
    const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
    console.log(`完成：导入 ${count('imported')} 件，重复 ${count('duplicate')} 件，失败 ${failed.length} 件` +
      (skipped.length ? `，跳过非文档文件 ${skipped.length} 个` : ''));
    for (const failure of failed) console.log(`  失败 ${failure.file}：[${failure.error.code}] ${failure.error.message}`);
  }
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
