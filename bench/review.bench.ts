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
  return async (url: string, method = 'GET', body?: unknown) => {
    const response = await app.request(url, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: 'csrf', 'content-type': 'application/json' },
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
  console.log(`${label.padEnd(52)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
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
  console.log(`${label.padEnd(52)} ${samples[Math.floor(times / 2)]!.toFixed(1).padStart(7)} ms (median of ${times})`);
}

const documents = (db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;
console.log(`corpus: ${corpusDir}: ${documents} documents`);
const { round } = await timed('create a round over every document', async () => (await staff('/api/review/rounds', 'POST', { name: '基准批次' })).json());
await timed('first list, the suggestions computed', () => staff(`/api/review/rounds/${round.id}/dispositions?limit=500&offset=0`));
const all: number[] = [];
for (let offset = 0; offset < documents; offset += 500) all.push(...(await (await staff(`/api/review/rounds/${round.id}/dispositions?limit=500&offset=${offset}`)).json()).dispositions.map((d: { id: number }) => d.id));
const chunks = Array.from({ length: Math.ceil(all.length / 1000) }, (_, i) => all.slice(i * 1000, (i + 1) * 1000));
await timed(`accept the suggestions of all ${all.length} (bulk, 1,000 at a time)`, async () => {
  for (const ids of chunks) await staff('/api/review/dispositions/propose', 'POST', { action: 'accept_suggestion', ids });
});
// Improvements need a unit and a deadline before they can be submitted.
for (let i = 0; i < all.length; i += 1000) {
  const ids = all.slice(i, i + 1000);
  for (const id of ids) await staff(`/api/review/dispositions/${id}`, 'PATCH', { responsibleUnit: '市司法局', deadline: '2027-12-31' });
  await staff('/api/review/dispositions/propose', 'POST', { action: 'submit', ids });
}
await timed('approve them all (bulk, 1,000 at a time)', async () => {
  for (const ids of chunks) await leader('/api/review/dispositions/decide', 'POST', { action: 'approve', ids });
});

await median('GET /review/:id (dashboard and first 100)', () => staff(`/review/${round.id}`));
await median('GET /review/:id?suggested=abolish', () => staff(`/review/${round.id}?suggested=abolish`));
await median('GET /api/review/rounds/:id/dispositions?offset=1000', () => staff(`/api/review/rounds/${round.id}/dispositions?offset=1000`));
await median('GET /review/dispositions/:id', () => staff(`/review/dispositions/${all[10]}`));
await median('GET /documents/:id (with relations and review)', () => staff('/documents/10'));
await median('GET /checklist/:id', () => staff(`/checklist/${round.id}`));
for (const format of ['docx', 'xlsx', 'csv']) {
  await median(`export .${format} (${documents} rows)`, async () => (await staff(`/api/checklist/rounds/${round.id}/export?format=${format}`)).arrayBuffer(), 5);
}
await median('GET /tracking (dashboard)', () => staff('/tracking'));
await median('GET /tracking/items/:id (with link suggestions)', () => staff('/tracking/items/2'));
await median('GET /api/tracking/briefing (.docx)', async () => (await staff('/api/tracking/briefing')).arrayBuffer(), 5);
console.log(`RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
await parser.close();
db.$client.close();
fs.rmSync(config.dataDir, { recursive: true, force: true });
