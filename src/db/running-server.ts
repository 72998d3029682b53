import fs from 'node:fs';
import path from 'node:path';

/** The file a running server keeps in its data directory, holding its process id. */
const pidFile = (dataDir: string) => path.join(dataDir, 'server.pid');

/** Marks the data directory as served by this process; the returned function removes the mark at shutdown. */
export function markServerRunning(dataDir: string): () => void {
  fs.writeFileSync(pidFile(dataDir), String(process.pid));
  return () => {
    if (runningServerPid(dataDir) === process.pid) fs.rmSync(pidFile(dataDir), { force: true });
  };
}

/** The process id of a server running on the data directory, or null; a mark left by a killed server is ignored. */
export function runningServerPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile(dataDir), 'utf8'));
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
