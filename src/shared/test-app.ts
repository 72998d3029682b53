import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { loadConfig, type AppConfig } from '../config.js';
import { createInMemoryDatabase } from '../db/database.js';

/** An app on a fresh, migrated in-memory database, for tests through `app.request`. */
export function createTestApp(config: Partial<AppConfig> = {}) {
  const db = createInMemoryDatabase();
  const app = createApp({ db, config: { ...loadConfig({}), ...config } });
  return { app, db };
}

const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** The input file of a fixture folder, as bytes with its name. */
export function readFixture(folder: string): { name: string; bytes: Buffer } {
  const dir = path.join(fixturesDir, folder);
  const name = fs.readdirSync(dir).find((file) => file.startsWith('input.'))!;
  return { name, bytes: fs.readFileSync(path.join(dir, name)) };
}

/** Uploads files through the API as a browser form would. */
export function upload(app: ReturnType<typeof createApp>, files: { name: string; bytes: Uint8Array }[]) {
  const body = new FormData();
  for (const file of files) body.append('files', new File([new Uint8Array(file.bytes)], file.name));
  return app.request('/api/documents', { method: 'POST', body });
}
