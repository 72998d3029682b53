import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.js';
import { createAppDependencies } from '../../src/app.dependencies.js';
import { createAuthRepository } from '../../src/auth/auth.repository.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { ROLES, type Role } from '../../src/auth/roles.js';
import { databasePath, loadConfig } from '../../src/config.js';
import { openDatabase, type AppDatabase } from '../../src/db/database.js';
import { createParsePool } from '../../src/ingest/formats/parse-pool.js';
import { createTitleIndex } from '../../src/search/title-index.js';
import { createUnitDirectory } from '../../src/units/units.directory.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. */
export const browserSkipReason = fs.existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium); browser tests skipped`;
if (browserSkipReason) console.warn(browserSkipReason);

export const artifactsDir = path.resolve(import.meta.dirname, '../.artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const TEST_PASSWORD = 'e2e-password-2026';

/** An extra account for a test: a department of its own unit, say (the unit is added to the unit list). */
export type TestAccount = { username: string; role: Role; unit: string };

/** A real server on a free loopback port, over a fresh data directory, with one account per role (named after it) and the `accounts` given. */
export async function startServer({ accounts = [] }: { accounts?: TestAccount[] } = {}): Promise<{ url: string; db: AppDatabase; stop: () => Promise<void> }> {
  const config = { ...loadConfig({}), dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-e2e-')) };
  const db = openDatabase(databasePath(config));
  const authRepository = createAuthRepository({ db });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const unit = createUnitDirectory({ db }).ensure('市司法局');
  for (const role of ROLES) {
    authRepository.insertUser({ username: role, displayName: `${role}用户`, unit: unit.name, unitId: unit.id, role, passwordHash, createdAt: new Date() });
  }
  for (const account of accounts) {
    const unit = createUnitDirectory({ db }).ensure(account.unit);
    authRepository.insertUser({ username: account.username, displayName: account.username, unit: unit.name, unitId: unit.id, role: account.role, passwordHash, createdAt: new Date() });
  }
  const parser = createParsePool(config);
  const app = createApp(createAppDependencies({ db, config, parser, titleIndex: createTitleIndex({ db, file: null }) }));
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: () => new Promise((resolve) => server.close(() => { db.$client.close(); void parser.close().then(resolve); })),
  };
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, url: string, role: Role | string) {
  await page.goto(`${url}/sign-in`);
  await page.fill('input[name=username]', role);
  await page.fill('input[name=password]', TEST_PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.click('#sign-in-form button[type=submit]')]);
}

/**
 * A browser and a fresh server for the tests of one describe block, started before them and stopped
 * after; `setUp` runs once both are up (to put documents in, say).
 */
export function useBrowserAndServer(setUp?: (context: { browser: Browser; url: string; db: AppDatabase }) => Promise<void>, options: { accounts?: TestAccount[] } = {}) {
  const context = {} as { browser: Browser; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    [context.browser, context.server] = await Promise.all([launchBrowser(), startServer(options)]);
    await setUp?.({ browser: context.browser, url: context.server.url, db: context.server.db });
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}
