import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { databasePath, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';

const config = loadConfig();
const db = openDatabase(databasePath(config));
const app = createApp({ db, config });

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`制度清理工作平台已启动：http://localhost:${info.port}  （数据目录 ${config.dataDir}）`);
});

function shutdown() {
  server.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
