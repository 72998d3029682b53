/**
 * The review, checklist and tracking screens at the size of a real clean-up: the shared corpus (or one
 * generated from the fixtures) imported, a round over all of it, every suggestion accepted, submitted and
 * approved; then each page and export timed through the app (median of 10 requests).
 *   npm run bench:review [-- DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { createAppDependencies } from '../src/app.dependencies.js';
import { hashToken } from '../src/auth/auth.usecases.js';
import { createAuthRepository } from '../src/auth/auth.repository.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/auth/auth.middleware.js';
import { databasePath, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createInventory } from '../src/app.dependencies.js';
import { createParsePool } from '../src/ingest/formats/parse-pool.js';
import { collectFiles, importFiles } from '../src/ingest/import-paths.js';
import { createTitleIndex } from '../src/search/title-index.js';
import type { Role } from '../src/auth/roles.js';
import { createUnitDirectory } from '../src/units/units.directory.js';
import { generateCorpus } from './generate-corpus.js';

const sharedCorpus = path.resolve(import.meta.dirname, '../../shared/corpus/laws');
const corpusDir = process.argv[2] ?? (fs.existsSync(sharedCorpus) ? sharedCorpus : generateCorpus(600));
const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-review-bench-')) };
const db = openDatabase(databasePath(config));
const parser = createParsePool(config);
const { files } = await collectFiles([corpusDir]);
await importFiles({ files, documentsRepository: createInventory(db), parser, limits: config, concurrency: 4 });

const app = createApp(createAppDependencies({ db, config, parser, titleIndex: createTitleIndex({ db, file: null }) }));
const authRepository = createAuthRepository({ db });
function client(role: Role) {
  const unit = createUnitDirectory({ db }).ensure('市司法局');
  const user = authRepository.insertUser({ username: role, displayName: role, unit: unit.name, unitId: unit.id, role, passwordHash: 'x', createdAt: new Date() });
  const token = `${role}-token`;
  authRepository.insertSession({ tokenHash: hashToken(token), userId: user.id, csrfToken: 'csrf', createdAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) });
  return async (url: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(url, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: 'csrf', 'content-type': 'application/json', ...headers },
    });
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response;
  };
}
const staff = client('staff');
const leader = client('leader');

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(60)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}
async function median(label: string, run: () => Promise<unknown>, times = 10) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(60)} ${samples[Math.floor(times / 2)]!.toFixed(1).padStart(7)} ms (median of ${times})`);
}

const documents = (db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;
console.log(`corpus: ${corpusDir}: ${documents} documents`);
const { round } = await timed('create a round over every document', async () => (await staff('/api/review/rounds', 'POST', { name: '基准批次' })).json());
await timed('first list, the suggestions computed', () => staff(`/api/review/rounds/${round.id}/dispositions?limit=500&offset=0`));
const all: number[] = [];
for (let offset = 0; offset < documents; offset += 500) all.push(...(await (await staff(`/api/review/rounds/${round.id}/dispositions?limit=500&offset=${offset}`)).json()).dispositions.map((d: { id: number }) => d.id));
const everything = { roundId: round.id, filter: {} };
await timed(`accept the suggestions of all ${all.length} (bulk, over the filter)`, () => staff('/api/review/dispositions/propose', 'POST', { action: 'accept_suggestion', selection: everything }));
// Improvements need a unit and a deadline before they can be submitted: set on 1,000 at once, then on the rest.
const firstThousand = new Set(all.slice(0, 1000));
const rest = all.filter((id) => !firstThousand.has(id));
await timed(`bulk set unit and deadline on 1,000 (filter minus ${rest.length} unticked)`, () => staff('/api/review/dispositions/propose', 'POST', {
  action: 'set_unit', responsibleUnit: '市司法局', deadline: '2027-12-31', selection: { ...everything, excludeIds: rest },
}));
if (rest.length > 0) await staff('/api/review/dispositions/propose', 'POST', { action: 'set_unit', responsibleUnit: '市司法局', deadline: '2027-12-31', selection: { roundId: round.id, ids: rest } });
await timed(`submit all ${all.length} (bulk, over the filter)`, () => staff('/api/review/dispositions/propose', 'POST', { action: 'submit', selection: everything }));
const waiting = { roundId: round.id, filter: { status: 'submitted' } };
await timed(`bulk approve 1,000 (filter 待审核 minus ${rest.length} unticked)`, () => leader('/api/review/dispositions/decide', 'POST', { action: 'approve', selection: { ...waiting, excludeIds: rest } }));
await timed('the same with progress (NDJSON), the rest', async () => (await leader('/api/review/dispositions/decide', 'POST', { action: 'approve', selection: waiting }, { accept: 'application/x-ndjson' })).text());

await median('GET /review/:id (dashboard and first 100)', () => staff(`/review/${round.id}`));
await median('GET /review/:id?suggested=abolish', () => staff(`/review/${round.id}?suggested=abolish`));
await median('GET /api/review/rounds/:id/dispositions?offset=1000', () => staff(`/api/review/rounds/${round.id}/dispositions?offset=1000`));
await median('GET /review/:id?status=approved&q=办法 (filtered)', () => staff(`/review/${round.id}?status=approved&q=${encodeURIComponent('办法')}`));
await median('GET /review/:id?refused=1 (上次未能处理的)', () => staff(`/review/${round.id}?refused=1`));
await median('GET /review/dispositions/:id', () => staff(`/review/dispositions/${all[10]}`));
await median('GET /review/dispositions/:id?status=approved (previous/next)', () => staff(`/review/dispositions/${all[500]}?status=approved`));
await median('GET /documents/:id (with relations and review)', () => staff('/documents/10'));
await median('GET /checklist/:id', () => staff(`/checklist/${round.id}`));
for (const format of ['docx', 'xlsx', 'csv']) {
  await median(`export .${format} (${documents} rows)`, async () => (await staff(`/api/checklist/rounds/${round.id}/export?format=${format}`)).arrayBuffer(), 5);
}
// Search and the list at corpus size, every document decided: the status shown is read from the documents' row.
await median('GET /api/search?q=管理&limit=100', () => staff(`/api/search?q=${encodeURIComponent('管理')}&limit=100`));
await median('GET /api/search?q=管理&status=in_force&limit=100', () => staff(`/api/search?q=${encodeURIComponent('管理')}&status=in_force&limit=100`));
await median('GET /search?q=管理 (page)', () => staff(`/search?q=${encodeURIComponent('管理')}`));
await median('GET /documents?status=in_force (page)', () => staff('/documents?status=in_force'));
await median('GET /api/search?q=管理&status=abolished&limit=100', () => staff(`/api/search?q=${encodeURIComponent('管理')}&status=abolished&limit=100`));
await median('GET /documents?status=abolished (page)', () => staff('/documents?status=abolished'));
await median('GET /tracking (dashboard)', () => staff('/tracking'));
await median('GET /tracking/items/:id (with link suggestions)', () => staff('/tracking/items/2'));
await median('GET /api/tracking/briefing (.docx)', async () => (await staff('/api/tracking/briefing')).arrayBuffer(), 5);

// Each role's home (its inbox) and the notifications, with a second round under way: suggestions accepted,
// submitted where complete, 300 returned with a comment (300 notifications), 200 deadlines within 30 days,
// every tracked item assigned to one unit with a deadline, and reports on half of them.
const department = client('department');
const admin = client('admin');
const { round: second } = await (await staff('/api/review/rounds', 'POST', { name: '收件箱基准批次' })).json();
const secondIds: number[] = [];
for (let offset = 0; offset < documents; offset += 500) secondIds.push(...(await (await staff(`/api/review/rounds/${second.id}/dispositions?limit=500&offset=${offset}`)).json()).dispositions.map((d: { id: number }) => d.id));
const half = secondIds.slice(0, Math.floor(secondIds.length / 2));
await staff('/api/review/dispositions/propose', 'POST', { action: 'accept_suggestion', ids: half });
const soon = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10);
for (const id of half.slice(0, 200)) await staff(`/api/review/dispositions/${id}`, 'PATCH', { responsibleUnit: '市司法局', deadline: soon });
const { updated: submitted } = await (await staff('/api/review/dispositions/propose', 'POST', { action: 'submit', ids: half })).json() as { updated: number[] };
await timed('return 300 with a comment (300 notifications)', () => leader('/api/review/dispositions/decide', 'POST', { action: 'return', ids: submitted.slice(0, 300), comment: '请补充依据' }));
const { items } = await (await staff('/api/tracking/items')).json() as { items: { id: number }[] };
for (const [i, item] of items.entries()) {
  await staff(`/api/tracking/items/${item.id}`, 'PATCH', { responsibleUnit: '市司法局', deadline: new Date(Date.now() + (i - 4) * 5 * 86400_000).toISOString().slice(0, 10) });
  if (i % 2 === 0) await department(`/api/tracking/items/${item.id}/reports`, 'POST', { text: `第${i}项进展` });
}
console.log(`second round: ${secondIds.length} dispositions, ${submitted.length} submitted, 300 returned; ${items.length} tracked items`);
await median('GET / (staff inbox)', () => staff('/'));
await median('GET / (leader inbox)', () => leader('/'));
await median('GET / (department inbox)', () => department('/'));
await median('GET / (admin inbox)', () => admin('/'));
await median('GET /notifications (staff, 300+ notifications)', () => staff('/notifications'));
await median('GET /notifications?kind=progress_report&unread=1', () => leader('/notifications?kind=progress_report&unread=1'));
await median('GET /inbox/deadlines (200 due)', () => staff('/inbox/deadlines'));
await median('GET /review/:id?status=submitted (leader link)', () => leader(`/review/${second.id}?status=submitted`));
await median('GET /api/inbox (staff)', () => staff('/api/inbox'));
await median('POST /api/notifications/read (all)', () => staff('/api/notifications/read', 'POST', { all: true }));
console.log(`RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
await parser.close();
db.$client.close();
fs.rmSync(config.dataDir, { recursive: true, force: true });
