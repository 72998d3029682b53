/**
 * Load on a real server over loopback: several clients list, read, search and upload at once for a while
 * (60 s unless told), then the p50/p95 latency of each kind and the count of 5xx answers are printed.
 *   npm run bench:load [-- SECONDS]
 * Exits non-zero on any 5xx.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { createAuthRepository } from '../src/auth/auth.repository.js';
import { hashPassword } from '../src/auth/passwords.js';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { readDocument } from '../src/ingest/read-document.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { generateCorpus } from './generate-corpus.js';

const seconds = Number(process.argv[2] ?? 60);
const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-load-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const url = `http://127.0.0.1:${port}`;

// A data directory with documents and one staff account.
const config = { ...loadConfig({}), dataDir };
const db = openDatabase(databasePath(config));
createAuthRepository({ db }).insertUser({ username: 'load', displayName: '压测', unit: '市司法局', role: 'staff', passwordHash: await hashPassword('load-test-2026'), createdAt: new Date() });
const { files } = await collectFiles([generateCorpus(200)]);
await importFiles({ files, documentsRepository: createInventory(db), parser: { parse: readDocument }, limits: config, concurrency: 4 });
const documentCount = createInventory(db).countAll();
db.$client.close();

const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...process.env, PORT: String(port), ZHIDU_DATA_DIR: dataDir }, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/sign-in`).then(() => true, () => false)) break;
    if (i > 100) throw new Error('server did not start');
    await sleep(100);
  }
  const signIn = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'load', password: 'load-test-2026' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = await signIn.json() as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };

  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const boundary = 'zhiduLoadBoundary';
  let uploads = 0;
  const kinds: { name: string; connections: number; request: () => { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> } }[] = [
    { name: 'list', connections: 3, request: () => ({ method: 'GET', path: encodeURI(pick(['/api/documents', '/api/documents?type=办法', '/api/documents?sort=title&order=asc', '/documents', '/api/documents?yearFrom=2015&yearTo=2020'])) }) },
    { name: 'read', connections: 2, request: () => ({ method: 'GET', path: pick([`/documents/${1 + Math.floor(Math.random() * documentCount)}`, `/api/documents/${1 + Math.floor(Math.random() * documentCount)}`]) }) },
    { name: 'search', connections: 2, request: () => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(pick(['平凉市', '管理办法', '平政发[2019]', '專項資金', '实施细则 -暂行', '"自发布之日起施行"', '不存在的词']))}` }) },
    {
      name: 'upload', connections: 1, request: () => ({
        method: 'POST', path: '/api/documents',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: [`--${boundary}`, `Content-Disposition: form-data; name="files"; filename="load-${++uploads}.txt"`, 'Content-Type: text/plain', '',
          `平凉市压力测试第${uploads}号管理办法\n（2020年1月1日 平政发〔2020〕${uploads}号）\n第一条 为了测试，制定本办法。\n第二条 本办法自发布之日起施行。`, `--${boundary}--`, ''].join('\r\n'),
      }),
    },
  ];

  console.log(`${documentCount} documents, ${seconds} s, ${kinds.reduce((n, k) => n + k.connections, 0)} clients on ${url}`);
  const results = await Promise.all(kinds.map((kind) => new Promise<{ name: string; latencies: number[]; errors5xx: number; non2xx: number }>((resolve) => {
    const latencies: number[] = [];
    let errors5xx = 0;
    let non2xx = 0;
    const instance = autocannon({
      url, connections: kind.connections, duration: seconds, headers,
      requests: [{ setupRequest: (request) => { const next = kind.request(); return { ...request, ...next, headers: { ...request.headers, ...next.headers } }; } }],
    }, () => resolve({ name: kind.name, latencies, errors5xx, non2xx }));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 500) errors5xx++;
      if (statusCode >= 300) non2xx++;
    });
  })));

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  console.log('kind     requests   req/s   p50 ms   p95 ms   non-2xx   5xx');
  for (const { name, latencies, errors5xx, non2xx } of results) {
    const sorted = latencies.sort((a, b) => a - b);
    console.log(`${name.padEnd(8)} ${String(sorted.length).padStart(8)} ${(sorted.length / seconds).toFixed(1).padStart(7)} ${percentile(sorted, 0.5).toFixed(1).padStart(8)} ${percentile(sorted, 0.95).toFixed(1).padStart(8)} ${String(non2xx).padStart(9)} ${String(errors5xx).padStart(5)}`);
  }
  process.exitCode = results.some((r) => r.errors5xx > 0) ? 1 : 0;
} finally {
  server.kill('SIGTERM');
}
