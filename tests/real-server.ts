import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const running: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((child) => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(null);
    child.on('exit', resolve);
    child.kill('SIGTERM');
  })));
});

/** `npm start` on a data directory (a fresh one unless given) and a free port, with the given environment; stopped after each test. */
export async function startServer(env: Record<string, string> = {}, dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-server-'))) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root, env: { ...process.env, PORT: String(port), ZHIDU_DATA_DIR: dataDir, ...env }, stdio: 'ignore',
  });
  running.push(child);
  for (let i = 0; !(await fetch(`http://127.0.0.1:${port}/sign-in`).then(() => true, () => false)); i++) {
    if (i > 150) throw new Error('server did not start');
    await sleep(100);
  }
  const stop = () => new Promise((resolve) => { child.on('exit', resolve); child.kill('SIGTERM'); });
  return { port, dataDir, child, stop };
}
