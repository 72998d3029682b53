/**
 * The search and list pages of issue 14 point 4 at corpus size: paged search (first, middle and last page,
 * compact view), exports of whole result sets, the list filter read as search reads it, a document page with
 * its marks, and 我的检索; each timed through the app (median of 10 requests, exports of 5).
 *   npm run bench:search-pages [-- DIR] [--data DATA_DIR]   (--data reuses, or keeps, an imported copy)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { createAppDependencies, createInventory } from '../src/app.dependencies.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/auth/auth.middleware.js';
import { createAuthRepository } from '../src/auth/auth.repository.js';
import { hashToken } from '../src/auth/auth.usecases.js';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createParsePool } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { createTitleIndex } from '../src/search/title-index.js';
import { generateCorpus } from './generate-corpus.js';

const args = process.argv.slice(2);
const dataFlag = args.indexOf('--data');
const dataDir = dataFlag === -1 ? null : args.splice(dataFlag, 2)[1]!;
const sharedCorpus = path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const config = { ...loadConfig({}), dataDir: dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-search-pages-bench-')) };
fs.mkdirSync(config.dataDir, { recursive: true });
const db = openDatabase(databasePath(config));
const parser = createParsePool(config);
if ((db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n === 0) {
  const corpusDir = args[0] ?? (fs.existsSync(sharedCorpus) ? sharedCorpus : generateCorpus(600));
  const { files } = await collectFiles([corpusDir]);
  const started = performance.now();
  await importFiles({ files, documentsRepository: createInventory(db), parser, limits: config, concurrency: 4 });
  console.log(`imported ${corpusDir} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const app = createApp(createAppDependencies({ db, config, parser, titleIndex: createTitleIndex({ db, file: null }) }));
const authRepository = createAuthRepository({ db });
const username = `bench-${Date.now()}`;
const user = authRepository.insertUser({ username, displayName: 'bench', unit: '市司法局', role: 'staff', passwordHash: 'x', createdAt: new Date() });
authRepository.insertSession({ tokenHash: hashToken(username), userId: user.id, csrfToken: 'csrf', createdAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) });
async function request(url: string, method = 'GET', body?: unknown) {
  const response = await app.request(url, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { cookie: `${SESSION_COOKIE}=${username}`, [CSRF_HEADER]: 'csrf', 'content-type': 'application/json' },
  });
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response;
}
async function median(label: string, url: string, times = 10) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await (await request(url)).arrayBuffer();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(60)} ${samples[Math.floor(times / 2)]!.toFixed(1).padStart(7)} ms  (max ${samples.at(-1)!.toFixed(0)})`);
}

const documents = (db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;
console.log(`${documents} documents`);
// Broad queries: what a legal office pages through.
for (const q of ['国务院', '法律责任', '人民政府', '行政许可']) {
  const { total, pages } = await (await request(`/api/search?q=${encodeURIComponent(q)}&limit=20`)).json() as { total: number; pages: number };
  const e = encodeURIComponent(q);
  await median(`/search?q=${q} (${total} hits) page 1`, `/search?q=${e}&limit=20`);
  await median(`/search?q=${q} last page (${pages})`, `/search?q=${e}&limit=20&page=${Math.max(1, pages)}`);
  await median(`/search?q=${q} compact, 100 a page`, `/search?q=${e}&limit=100&view=compact`);
  await median(`/api/search?q=${q} page ${Math.ceil(pages / 2)}`, `/api/search?q=${e}&limit=20&page=${Math.max(1, Math.ceil(pages / 2))}`);
  await median(`/api/search/export xlsx (${total} rows)`, `/api/search/export?q=${e}&format=xlsx`, 5);
  await median(`/api/search/export csv (${total} rows)`, `/api/search/export?q=${e}&format=csv`, 5);
}
for (const q of ['行政許可', '国务院令', '中华人民共和国', '國務院 -條例']) {
  const { total } = await (await request(`/api/documents?q=${encodeURIComponent(q)}`)).json() as { total: number };
  await median(`/documents?q=${q} (${total})`, `/documents?q=${encodeURIComponent(q)}`);
}
await median(`/api/documents/export xlsx, all ${documents}`, '/api/documents/export?format=xlsx', 5);
await median(`/api/documents/export csv, all ${documents}`, '/api/documents/export?format=csv', 5);
const longest = db.$client.prepare('select document_id as id, length(text) as n from document_contents order by length(text) desc limit 1').get() as { id: number; n: number };
const marked = `/documents/${longest.id}?hl=${encodeURIComponent('应当')}&hl=${encodeURIComponent('规定')}&hl=${encodeURIComponent('國務院')}`;
const longestHtml = await (await request(marked)).text();
await median(`/documents/:id longest (${longest.n} chars, ${longestHtml.split('<mark class="hit">').length - 1} marks)`, marked);
await median(`/documents/:id longest, no marks`, `/documents/${longest.id}`);
for (let i = 0; i < 30; i++) await request('/api/saved-searches', 'POST', { name: `检索${i}`, kind: i % 2 ? 'search' : 'documents', query: `q=${i}` });
await median('/my-searches (30 saved)', '/my-searches');
await median('/documents (list, 30 saved in the menu)', '/documents');
await parser.close();
db.$client.close();
if (!dataDir) fs.rmSync(config.dataDir, { recursive: true, force: true });
