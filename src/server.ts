import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { createAppDependencies } from './app.dependencies.js';
import { createAuditRepository } from './auth/audit.repository.js';
import { createAuthRepository } from './auth/auth.repository.js';
import { ensureInitialAdmin } from './auth/auth.usecases.js';
import { databasePath, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { markServerRunning } from './db/running-server.js';
import { createParsePool } from './ingest/formats/parse-pool.js';
import { rebuildWithProgress } from './search/search.cli.js';
import { searchIndexAgrees } from './search/search.index.js';
import { createTitleIndex } from './search/title-index.js';
import { documentUnitsNeverProposed, recomputeDocumentUnits } from './units/units.usecases.js';

const config = loadConfig();
const db = openDatabase(databasePath(config));
// The index is written with the documents, so it only disagrees after a restore of an older backup or
// an upgrade from a version without it: then it is rebuilt before serving.
if (!searchIndexAgrees(db)) {
  console.log('全文索引与数据库不一致，正在重建……');
  rebuildWithProgress(db);
}

// A database upgraded to the managed unit list has units (from its accounts) but no document's unit yet.
if (documentUnitsNeverProposed(db)) {
  const summary = recomputeDocumentUnits({ db });
  console.log(`已按单位列表匹配文件责任单位：${summary.withUnit} / ${summary.documents} 件`);
}

const releaseDataDir = markServerRunning(config.dataDir); // `zhidu restore` refuses while this mark is held
const parser = createParsePool(config);
const titleIndex = createTitleIndex({ db, file: path.join(config.dataDir, 'title-index.json') });
const dependencies = createAppDependencies({ db, config, parser, titleIndex });
const app = createApp(dependencies);

// The first start creates the administrator; its one-time password is shown here, once, and never stored.
const adminPassword = await ensureInitialAdmin({ authRepository: createAuthRepository({ db }), auditRepository: createAuditRepository({ db }), unitDirectory: dependencies.unitDirectory });
if (adminPassword) {
  console.log(`\n已创建管理员账号 admin，一次性密码：${adminPassword}\n请登录后立即修改密码。忘记密码可用 npm run -s zhidu -- user reset admin 重置。\n`);
}

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where = config.host ? `，仅监听 ${config.host}` : '，监听所有网络接口';
  console.log(`制度清理工作平台已启动：http://localhost:${info.port}  （数据目录 ${config.dataDir}${where}）`);
  // Scans uploaded before a stop are read now.
  void dependencies.ocrQueue.wake();
});

async function shutdown() {
  releaseDataDir();
  server.close();
  await dependencies.ocrQueue.stop();
  void parser.close();
  titleIndex.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
