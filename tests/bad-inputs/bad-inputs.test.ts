import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, readFixture, upload } from '../../src/test-app.js';

// Hostile or broken inputs through the HTTP API: each is refused with a 4xx, a stable code and a Chinese
// message (or, where the input is a document with something dangerous inside, stored defused), the server
// keeps serving, and the database is intact with nothing half-written.

const filesDir = path.join(import.meta.dirname, 'files');
const file = (name: string) => ({ name, bytes: fs.readFileSync(path.join(filesDir, name)) });
const CHINESE = /[\u4e00-\u9fff]/;

/** The elements and attributes in some HTML that could run script; text that merely mentions them is fine. */
function dangerousMarkup(html: string, allowedScripts = /^\/static\//): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (['iframe', 'form', 'svg', 'object', 'embed', 'base', 'meta'].includes(name)) found.push(`<${name}>`);
      if (name === 'script' && !allowedScripts.test(attributes.src ?? '')) found.push('<script>');
      for (const [key, value] of Object.entries(attributes)) {
        if (key.startsWith('on')) found.push(`${name} ${key}`);
        if (['href', 'src', 'action'].includes(key) && /^\s*(javascript|data:text|vbscript)/i.test(value)) found.push(`${name} ${key}=${value}`);
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

const { app, db, rawApp } = createTestApp({ maxFileBytes: 20 * 1048576, maxRequestBytes: 60 * 1048576 });
// Every table of the database, whatever a future feature adds: a refused request changes none of them.
const tables = () => (db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map((row) => row.name);
const counts = () => Object.fromEntries(tables().map((table) => [table, (db.$client.prepare(`select count(*) as c from "${table}"`).get() as { c: number }).c]));

let documentId: number;
beforeAll(async () => {
  const { results } = await (await upload(app, [readFixture('002-gazette-layout-rule')])).json();
  documentId = results[0].document.id;
});

type Case = [name: string, send: () => Promise<Response>, status: number, code: string];

const refusedFiles: [string, number, string][] = [
  ['truncated-start.docx', 422, 'ingest.unreadable'],
  ['truncated-half.docx', 422, 'ingest.unreadable'],
  ['broken-document-xml.docx', 422, 'ingest.unreadable'],
  ['no-document-xml.docx', 415, 'ingest.unsupported_format'],
  ['zip-bomb.docx', 413, 'ingest.expanded_too_large'],
  ['random.docx', 415, 'ingest.unsupported_format'],
  ['random.pdf', 415, 'ingest.unsupported_format'],
  ['random.doc', 415, 'ingest.unsupported_format'],
  ['random.ofd', 415, 'ingest.unsupported_format'],
  ['random.txt', 415, 'ingest.unsupported_format'],
  ['empty.txt', 422, 'ingest.empty_file'],
  ['empty.docx', 422, 'ingest.empty_file'],
  ['scan-without-text.pdf', 422, 'ingest.no_text'],
  ['header-only.pdf', 422, 'ingest.unreadable'],
  ['garbage-after-header.pdf', 422, 'ingest.unreadable'],
  ['ole-garbage.doc', 422, 'ingest.unreadable'],
  ['ofd-missing-document.ofd', 422, 'ingest.unreadable'],
  ['ofd-malformed-xml.ofd', 422, 'ingest.unreadable'],
  ['ofd-without-text.ofd', 422, 'ingest.no_text'],
  ['images-only.zip.docx', 415, 'ingest.unsupported_format'],
  ['document.rtf', 415, 'ingest.unsupported_format'],
  ['image.pdf', 422, 'ingest.corrupt_image'], // a PNG signature: read as a scan, and its data is garbage
  ['photo.txt', 422, 'ingest.corrupt_image'],
  ['executable.txt', 415, 'ingest.unsupported_format'],
  ['whitespace-only.txt', 422, 'ingest.no_text'],
  ['punctuation-only.txt', 422, 'ingest.no_text'],
  ['invalid-gb18030.txt', 415, 'ingest.unsupported_encoding'],
];

const json = (method: string, url: string, body: string) =>
  () => app.request(url, { method, headers: { 'content-type': 'application/json' }, body });
const patch = (changes: unknown) => () => app.request(`/api/documents/${documentId}`, {
  method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ changes }),
});
const get = (url: string) => () => app.request(url);
const multipart = (fields: Record<string, string>) => () => {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  return app.request('/api/documents', { method: 'POST', body });
};

const requests: Case[] = [
  ['a 30 MB file, over the per-file limit', () => upload(app, [{ name: 'big.txt', bytes: Buffer.alloc(30 * 1048576, 0x41) }]), 413, 'ingest.file_too_large'],
  ['a 100 MB file, over the per-request limit', () => upload(app, [{ name: 'huge.txt', bytes: Buffer.alloc(100 * 1048576, 0x41) }]), 413, 'ingest.request_too_large'],
  ['an upload without files', multipart({ note: '没有文件' }), 400, 'ingest.no_files'],
  ['an upload sent as JSON', json('POST', '/api/documents', '{"files": "x"}'), 400, 'ingest.no_files'],
  ['malformed JSON', json('PATCH', '/api/documents/1', '{"changes": {'), 400, 'request.malformed'],
  ['JSON that is an array', json('PATCH', '/api/documents/1', '[1, 2, 3]'), 400, 'request.invalid'],
  ['JSON of 2 MB', json('PATCH', '/api/documents/1', JSON.stringify({ changes: { title: 'x'.repeat(2 * 1048576) } })), 413, 'request.too_large'],
  ['deeply nested JSON', json('PATCH', '/api/documents/1', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), 400, 'request.invalid'],
  ['a date that does not exist', patch({ issuedOn: '2019-02-30' }), 400, 'request.invalid'],
  ['month 13', patch({ issuedOn: '2019-13-01' }), 400, 'request.invalid'],
  ['a date in Chinese', patch({ effectiveOn: '二〇一九年三月五日' }), 400, 'request.invalid'],
  ['a five-digit year', patch({ expiresOn: '99999-01-01' }), 400, 'request.invalid'],
  ['a date as a number', patch({ issuedOn: 20190305 }), 400, 'request.invalid'],
  ['an empty title', patch({ title: '   ' }), 400, 'request.invalid'],
  ['a title of 10,000 characters', patch({ title: '长'.repeat(10000) }), 400, 'request.invalid'],
  ['a title with a NUL byte', patch({ title: '平凉市\u0000办法' }), 400, 'request.invalid'],
  ['a 文号 with control characters', patch({ docNumber: '平政发\u001b[31m〔2019〕1号' }), 400, 'request.invalid'],
  ['an unknown field', patch({ sha256: '0'.repeat(64) }), 400, 'request.invalid'],
  ['a level outside the list', patch({ level: '宪法' }), 400, 'request.invalid'],
  ['a provisional kind outside the list', patch({ provisional: 'maybe' }), 400, 'request.invalid'],
  ['citations that are not a list', patch({ citations: '《甲》' }), 400, 'request.invalid'],
  ['1,000 citations', patch({ citations: Array.from({ length: 1000 }, (_, i) => `文件${i}`) }), 400, 'request.invalid'],
  ['a negative article count', patch({ articleCount: -1 }), 400, 'request.invalid'],
  ['an article count as text', patch({ articleCount: '十' }), 400, 'request.invalid'],
  ['prototype pollution keys', json('PATCH', '/api/documents/1', '{"changes": {"__proto__": {"admin": true}}}'), 400, 'request.invalid'],
  ['a search string of 10,000 characters', get(`/api/documents?q=${'检'.repeat(10000)}`), 400, 'request.invalid'],
  ['a full-text search of 10,000 characters', get(`/api/search?q=${'检'.repeat(10000)}`), 400, 'request.invalid'],
  ['an empty full-text search', get('/api/search?q=%20%20'), 400, 'request.invalid'],
  ['a garbage cursor', get('/api/documents?cursor=%%%garbage'), 400, 'document.invalid_cursor'],
  ['a cursor with the wrong types', get(`/api/documents?cursor=${Buffer.from('[{"a":1},"x"]').toString('base64url')}`), 400, 'document.invalid_cursor'],
  ['a negative limit', get('/api/documents?limit=-1'), 400, 'request.invalid'],
  ['a year that is text', get('/api/documents?yearFrom=abc'), 400, 'request.invalid'],
  ['a sort with SQL in it', get('/api/documents?sort=title;drop%20table%20documents'), 400, 'request.invalid'],
  ['a document id that is text', get('/api/documents/abc'), 400, 'request.invalid'],
  ['a document id past every integer', get('/api/documents/99999999999999999999999'), 400, 'request.invalid'],
  ['a document that does not exist', get('/api/documents/424242'), 404, 'document.not_found'],
  ['a static path that climbs out', get('/static/..%2f..%2fpackage.json'), 404, 'route.not_found'],
  ['an unknown API path', get('/api/../../etc/passwd'), 404, 'route.not_found'],
  ['a sign-in with a 1 MB password', async () => rawApp.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'p'.repeat(1048000) }) }), 400, 'request.invalid'],
  ['a sign-in with malformed JSON', async () => rawApp.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' }), 400, 'request.malformed'],
  ['a request without a session', async () => rawApp.request('/api/documents'), 401, 'auth.unauthenticated'],
  ['a forged session cookie', async () => rawApp.request('/api/documents', { headers: { cookie: 'zhidu_session=forged' } }), 401, 'auth.unauthenticated'],
];

describe('refused files', () => {
  test.each(refusedFiles)('%s → %i %s, and nothing of it is stored', async (name, status, code) => {
    const before = counts();
    const response = await upload(app, [file(name)]);
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(name);
    expect(counts()).toEqual(before);
  });
});

describe('refused requests', () => {
  test.each(requests)('%s → %i %s', async (_name, send, status, code) => {
    const before = counts();
    const response = await send();
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(CHINESE);
    expect(counts()).toEqual(before);
  });
});

describe('documents with something dangerous inside are stored defused', () => {
  test.each(['script-and-links.html', 'script-in-markdown.md', 'javascript-link.docx'])('%s', async (name) => {
    const { results } = await (await upload(app, [file(name)])).json();
    expect(results[0].status).toBe('imported');
    const { html, text } = await (await app.request(`/api/documents/${results[0].document.id}/text`)).json();
    expect(dangerousMarkup(html)).toEqual([]);
    expect(text).toContain('第一条');
    const page = await (await app.request(`/documents/${results[0].document.id}`)).text();
    // The page's own metadata form and meta tags are ours; anything else dangerous came from the document.
    expect(dangerousMarkup(page).filter((found) => found !== '<form>' && found !== '<meta>')).toEqual([]);
    expect(page.match(/<form[^>]*>/g)!.filter((form) => !/id="metadata-form"|id="document-units-form"|class="compare-picker revision-link"|action="\/search"|action="\/documents\/compare"/.test(form))).toEqual([]);
  });

  test.each([
    ['a file name that climbs folders', '../../../etc/passwd.txt', 'passwd.txt'],
    ['a file name with a right-to-left override', 'report\u202Etxt.exe', 'reporttxt.exe'],
    ['a file name of 300 characters', `${'名'.repeat(300)}.txt`, '名'.repeat(200)],
    ['a file name with emoji and zero-width characters', '通知📄\u200B.txt', '通知📄\u200B.txt'],
  ])('%s is stored as a plain name', async (_case, name, stored) => {
    const bytes = Buffer.from(`关于${name.length}的通知\n第一条 内容${Math.random()}。`);
    const { results } = await (await upload(app, [{ name, bytes }])).json();
    expect(results[0].document.fileName).toBe(stored);
  });

  test('unicode edge cases in a correction are kept exactly', async () => {
    const title = '平凉市𠀀𪚥办法（第二版）👩‍⚖️\u200D';
    const response = await patch({ title })();
    expect(response.status).toBe(200);
    expect((await (await app.request(`/api/documents/${documentId}`)).json()).document.title).toBe(title);
  });

  test('an odd search string is answered, not executed', async () => {
    for (const q of ["' OR 1=1 --", '%_%', '\\', '"); drop table documents; --', '<script>']) {
      const response = await app.request(`/api/documents?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect((await response.json()).total).toBe(0);
    }
    // Full-text syntax in a query is text to look for, never an operator of the index.
    for (const q of ['NEAR(甲 乙)', '"未闭合', 'title:管理', '* AND OR NOT', '平凉^市', '{body}: 办法', '-', '""', '\u0000']) {
      const response = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
  });
});

test('after all of it the server still serves and the database is intact', async () => {
  expect(refusedFiles.length + requests.length + 10).toBeGreaterThanOrEqual(50);
  expect((await app.request('/api/documents')).status).toBe(200);
  expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  const orphans = db.$client.prepare(`select count(*) as c from documents d
    left join document_contents c on c.document_id = d.id left join document_files f on f.document_id = d.id
    where c.document_id is null or f.document_id is null`).get() as { c: number };
  expect(orphans.c).toBe(0);
});
