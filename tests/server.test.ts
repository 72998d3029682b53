import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { startServer } from './real-server.js';

const canConnect = (port: number, host: string) => new Promise<boolean>((resolve) => {
  const socket = net.connect(port, host).on('connect', () => { socket.destroy(); resolve(true); }).on('error', () => resolve(false));
});

/** Sends raw HTTP/1.1 on one socket and collects everything the server sends until it closes or goes quiet. */
function rawExchange(port: number, requests: Buffer[], quietMs = 1500) {
  return new Promise<{ text: string; closed: boolean }>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout;
    const finish = (closed: boolean) => { clearTimeout(timer); socket.destroy(); resolve({ text: Buffer.concat(chunks).toString('latin1'), closed }); };
    const quiet = () => { clearTimeout(timer); timer = setTimeout(() => finish(false), quietMs); };
    socket.on('data', (chunk) => { chunks.push(chunk); quiet(); });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      quiet();
      for (const request of requests) { socket.write(request); await sleep(300); }
    });
  });
}

test('HOST restricts the interfaces the server listens on', async () => {
  const { port } = await startServer({ HOST: '127.0.0.1' });
  expect(await canConnect(port, '127.0.0.1')).toBe(true);
  expect(await canConnect(port, '::1')).toBe(false);
}, 60_000);

test('after a 413 the server either says it closes the connection or keeps serving on it', async () => {
  const { port } = await startServer();
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');
  const tooLarge = Buffer.concat([Buffer.from(`POST /api/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n`), big]);
  const next = Buffer.from('GET /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  const { text, closed } = await rawExchange(port, [tooLarge, next]);
  const [first, ...rest] = text.split(/(?=HTTP\/1\.1 \d{3})/);
  expect(first).toMatch(/^HTTP\/1\.1 413/);
  const saysClose = /\r\nconnection: close\r\n/i.test(first!);
  if (saysClose) expect(closed).toBe(true);
  else expect(rest.join('')).toMatch(/^HTTP\/1\.1 200/);
}, 60_000);
