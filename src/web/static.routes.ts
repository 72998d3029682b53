import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `public/` (styles, scripts, icons): everything the pages need comes from the app itself, since
 * intranets have no internet. The files are read once at start, so a request can never name a path outside.
 */
export function registerStaticRoutes(app: Hono<AppEnv>) {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  for (const name of fs.readdirSync(publicDir)) {
    const type = TYPES[path.extname(name)];
    if (type) files.set(name, { body: fs.readFileSync(path.join(publicDir, name)), type });
  }
  app.get('/static/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=300' });
  });
}
