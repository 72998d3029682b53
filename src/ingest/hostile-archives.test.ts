import { Deflate, strToU8, zipSync } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { createTestApp, upload } from '../test-app.js';
import { createParsePool } from './formats/parse-pool.js';

/**
 * A zip of one deflated entry whose headers declare `declaredBytes` while it inflates to `inflatedBytes` of
 * zeros (200 MB compress to about 200 KB), made without ever holding the inflated bytes.
 */
function lyingZip(name: string, inflatedBytes: number, declaredBytes = 1000): Buffer {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 });
  deflate.ondata = (chunk) => parts.push(chunk);
  const megabyte = new Uint8Array(1 << 20);
  for (let done = 0; done < inflatedBytes; done += megabyte.length) deflate.push(megabyte);
  deflate.push(new Uint8Array(0), true);
  const data = Buffer.concat(parts);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(declaredBytes, 22); local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(declaredBytes, 24); central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12); end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

test.each([
  ['a .docx', 'word/document.xml', 'bomb.docx'],
  ['an .ofd', 'OFD.xml', 'bomb.ofd'],
])('%s whose entry lies about its size is refused once the bytes it really inflates pass the limit', async (_kind, entry, fileName) => {
  const { app } = createTestApp({ maxExpandedBytes: 20 * 1024 * 1024 });
  const bomb = lyingZip(entry, 200 * 1024 * 1024);
  expect(bomb.length).toBeLessThan(1024 * 1024);
  const { results } = await (await upload(app, [{ name: fileName, bytes: bomb }])).json();
  expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'ingest.expanded_too_large' } });
}, 60_000);

// A pool of its own, with a timeout short enough for a test: the file must be read well within it.
const pool = createParsePool({ parseTimeoutMs: 15_000, parseMemoryMb: 1024 });
afterAll(() => pool.close());

test('an OFD that references one page 3,000 times is read in bounded work, the page\'s text once', async () => {
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const objects = Array.from({ length: 3000 }, (_, i) =>
    `<ofd:TextObject ID="${i + 10}" Boundary="25 ${20 + i * 7} 100 6" Font="3" Size="4.2"><ofd:TextCode X="0" Y="4.5">第${i + 1}行 页面内容重复引用测试</ofd:TextCode></ofd:TextObject>`);
  const refs = Array.from({ length: 3000 }, (_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_0/Content.xml"/>`);
  const ofd = zipSync({
    'OFD.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`),
    'Doc_0/Document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:Pages>${refs.join('')}</ofd:Pages></ofd:Document>`),
    'Doc_0/Pages/Page_0/Content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`),
  }, { level: 9 });
  expect(ofd.length).toBeLessThan(200 * 1024);
  const { app: staff } = createTestApp({}, 'staff', pool);
  const { results } = await (await upload(staff, [{ name: '重复页面.ofd', bytes: Buffer.from(ofd) }])).json();
  expect(results[0].status, JSON.stringify(results[0].error)).toBe('imported');
  const text = await (await staff.request(`/api/documents/${results[0].document.id}/text`)).text();
  expect(text.split('第3000行')).toHaveLength(2);
}, 60_000);
