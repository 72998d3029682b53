import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { createAppDependencies } from './app.dependencies.js';
import { CSRF_HEADER, SESSION_COOKIE } from './auth/auth.middleware.js';
import { createAuthRepository } from './auth/auth.repository.js';
import { hashToken } from './auth/auth.usecases.js';
import type { Role } from './auth/roles.js';
import { loadConfig, type AppConfig } from './config.js';
import { createInMemoryDatabase, type AppDatabase } from './db/database.js';
import { createParsePool, type ParsePool } from './ingest/formats/parse-pool.js';
import { createTitleIndex } from './search/title-index.js';
import { createUnitDirectory } from './units/units.directory.js';
import type { DocumentsRepository } from './documents/documents.repository.js';
import type { DocumentMetadata } from './documents/documents.types.js';

/** Something to send requests to, as `app.request` takes them. */
export type TestClient = { request: (input: string, init?: RequestInit) => Promise<Response> };

/**
 * An app on a fresh, migrated in-memory database, for tests through `app.request`. `app` is signed in with
 * the given role (staff unless told); `as(role)` gives a client for another role and `rawApp` sends
 * requests with no session at all.
 */
let sharedParser: ParsePool | undefined;

/** One parse pool for all the apps of a test file: the same worker threads the server uses. */
export function testParser(): ParsePool {
  sharedParser ??= createParsePool(loadConfig({}));
  return sharedParser;
}

export function createTestApp(config: Partial<AppConfig> = {}, role: Role = 'staff', parser: ParsePool = testParser()) {
  const db = createInMemoryDatabase();
  // An upload of a scan wakes the app's OCR queue; a test awaits `ocrQueue.wake()` to see the scans read.
  const dependencies = createAppDependencies({ db, config: { ...loadConfig({}), signInDelayMs: 0, ...config }, parser, titleIndex: createTitleIndex({ db, file: null }) });
  const rawApp = createApp(dependencies);
  /** A client signed in with `asRole`; its account's unit is `unit` (市司法局 unless told), added to the unit list when missing. */
  const as = (asRole: Role, options: { mustChangePassword?: boolean; unit?: string } = {}) => signedInClient(rawApp, db, asRole, options);
  /** Adds units to the managed list (a name it already matches is left as it is), as an administrator would. */
  const addUnits = (...names: string[]) => names.map((name) => createUnitDirectory({ db }).ensure(name));
  return { app: as(role), as, rawApp, db, ocrQueue: dependencies.ocrQueue, addUnits };
}

let userCounter = 0;

function signedInClient(app: ReturnType<typeof createApp>, db: AppDatabase, role: Role, { mustChangePassword = false, unit: unitName = '市司法局' }: {
  mustChangePassword?: boolean; unit?: string;
}): TestClient & { userId: number; unitId: number } {
  const authRepository = createAuthRepository({ db });
  const now = new Date();
  const unit = createUnitDirectory({ db }).ensure(unitName);
  const user = authRepository.insertUser({
    username: `${role}${++userCounter}`, displayName: `测试${role}`, unit: unit.name, unitId: unit.id, role,
    passwordHash: 'not-a-password', mustChangePassword, createdAt: now,
  });
  const token = randomBytes(16).toString('hex');
  const csrfToken = randomBytes(16).toString('hex');
  authRepository.insertSession({ tokenHash: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + 3600_000) });
  return {
    userId: user.id,
    unitId: unit.id,
    request(input, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('cookie', `${SESSION_COOKIE}=${token}`);
      if (!headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, csrfToken);
      return Promise.resolve(app.request(input, { ...init, headers }));
    },
  };
}

const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The fixture folders that hold an input file (a scan's folder has none: its test renders the page from source.txt). */
export function fixtureFolders(): string[] {
  return fs.readdirSync(fixturesDir).filter((name) => /^\d{3}-/.test(name) && fs.readdirSync(path.join(fixturesDir, name)).some((file) => file.startsWith('input.')));
}

/** The input file of a fixture folder, as bytes with its name. */
export function readFixture(folder: string): { name: string; bytes: Buffer } {
  const dir = path.join(fixturesDir, folder);
  const name = fs.readdirSync(dir).find((file) => file.startsWith('input.'))!;
  return { name, bytes: fs.readFileSync(path.join(dir, name)) };
}

/** Uploads files through the API as a browser form would. */
export function upload(app: TestClient, files: { name: string; bytes: Uint8Array }[]) {
  const body = new FormData();
  for (const file of files) body.append('files', new File([new Uint8Array(file.bytes)], file.name));
  return app.request('/api/documents', { method: 'POST', body });
}

/** A short rule as a text file: title, articles, issuer and date, and optionally a repeal clause. */
export function ruleFile(title: string, date: string, { repeals, expires, docNumber, body = '' }: { repeals?: string; expires?: string; docNumber?: string; body?: string } = {}) {
  const [y, m, d] = date.split('-').map(Number);
  const lines = [
    ...(docNumber ? [docNumber, ''] : []),
    title, '',
    `第一条 为了规范${title.replace(/^平凉市/, '')}有关工作，制定本办法。${body}`,
    `第二条 本办法自${y}年${m}月${d}日起施行${expires ? `，有效期至${expires}` : ''}。${repeals ? `《${repeals}》同时废止。` : ''}`,
    '', '平凉市人民政府', `${y}年${m}月${d}日`,
  ];
  return { name: `${title}-${date}.txt`, bytes: Buffer.from(lines.join('\n')) };
}

/** Stores a document straight through the repository (no parsing), for use-case tests on an in-memory database. */
export function insertTestDocument(documentsRepository: DocumentsRepository, { title, issuedOn = null, issuer = '平凉市人民政府', text = `${title}\n第一条 为了规范有关工作，制定本办法。` }: {
  title: string; issuedOn?: string | null; issuer?: string | null; text?: string;
}) {
  const now = new Date();
  const metadata: DocumentMetadata = {
    title, wrapperTitle: null, docNumber: null, issuer, issuedOn, effectiveOn: null, expiresOn: null,
    docType: '办法', provisional: null, level: '规范性文件', articleCount: 1, citations: [], repeals: [],
  };
  return documentsRepository.insert({
    row: { sha256: createHash('sha256').update(title + issuedOn).digest('hex'), fileName: `${title}.txt`, format: 'txt', sizeBytes: text.length, ...metadata, extracted: metadata, createdAt: now, updatedAt: now },
    content: { text, searchText: text, html: null, structure: { nodes: [] } },
    derived: { searchBody: '', fingerprint: null },
    bytes: Buffer.from(text),
  });
}
