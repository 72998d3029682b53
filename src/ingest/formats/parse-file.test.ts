import { AlignmentType, Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readFixture } from '../../test-app.js';
import { decodeText } from './decode-text.js';
import { parseFile, sniffFormat } from './parse-file.js';

const limits = { maxExpandedBytes: 10 * 1048576 };
const SAMPLE = '平凉市人民政府关于加强政务公开工作的通知\r\n各县（市、区）人民政府：现将有关事项通知如下。';

describe('decodeText detects the encoding of plain text', () => {
  test.each([
    ['UTF-8', Buffer.from(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'utf-8'],
    ['UTF-16LE with BOM', iconv.encode(SAMPLE, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', iconv.encode(SAMPLE, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['GB18030', iconv.encode(SAMPLE, 'gb18030'), 'gb18030'],
    ['GBK', iconv.encode(SAMPLE, 'gbk'), 'gb18030'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding });
  });

  test('random bytes are no text', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(decodeText(bytes)).toBeNull();
  });
});

describe('the format is sniffed from the bytes, not the extension', () => {
  test('a docx named .pdf is read as docx', () => {
    expect(sniffFormat(readFixture('010-docx-notice').bytes, '通知.pdf', limits).format).toBe('docx');
  });

  test('a pdf named .txt is read as pdf', () => {
    expect(sniffFormat(readFixture('020-pdf-implementation-rules').bytes, 'a.txt', limits).format).toBe('pdf');
  });

  test('html text named .txt is read as html', () => {
    expect(sniffFormat(readFixture('050-html-decision').bytes, 'a.txt', limits).format).toBe('html');
  });

  test.each([
    ['random bytes named .docx', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256)), 'ingest.unsupported_format'],
    ['an empty file', Buffer.alloc(0), 'ingest.empty_file'],
    ['a zip that is not a document', Buffer.from(zipSync({ 'a.txt': strToU8('hello') })), 'ingest.unsupported_format'],
    ['a truncated docx', readFixture('010-docx-notice').bytes.subarray(0, 3000), 'ingest.unreadable'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi hello}'), 'ingest.unsupported_format'],
  ])('%s is refused with a reason that names the file', async (_name, bytes, code) => {
    await expect(parseFile({ bytes, fileName: '坏文件.docx', limits })).rejects.toMatchObject({ code, message: expect.stringContaining('坏文件.docx') });
  });

  test('a zip whose entries would expand past the limit is refused before inflating', async () => {
    const bomb = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(11 * 1048576) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    await expect(parseFile({ bytes: bomb, fileName: 'bomb.docx', limits })).rejects.toMatchObject({ code: 'ingest.expanded_too_large' });
  });

  test('a blank document has no text to extract', async () => {
    await expect(parseFile({ bytes: Buffer.from('   \n\n  '), fileName: 'blank.txt', limits })).rejects.toMatchObject({ code: 'ingest.no_text' });
  });
});

test('HTML from a docx carries no javascript: links into the page', async () => {
  const docx = await Packer.toBuffer(new Document({
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('平凉市测试办法')] }),
        new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('点击')] })] }),
        new Paragraph({ children: [new ExternalHyperlink({ link: 'https://www.pingliang.gov.cn/', children: [new TextRun('官网')] })] }),
      ],
    }],
  }));
  const parsed = await parseFile({ bytes: docx, fileName: 'a.docx', limits });
  expect(parsed.html).not.toMatch(/javascript:/i);
  expect(parsed.html).toContain('href="https://www.pingliang.gov.cn/"');
  expect(parsed.text).toContain('点击');
});

test('HTML input loses scripts, styles and event handlers but keeps its text', async () => {
  const parsed = await parseFile({ bytes: readFixture('050-html-decision').bytes, fileName: 'a.html', limits });
  expect(parsed.html).not.toMatch(/<script|onload|onerror|javascript:|<style/i);
  expect(parsed.text).not.toContain('alert');
  expect(parsed.text).toContain('平凉市人民政府关于表彰2019年度全市目标责任考核先进单位的决定');
});

test('OFD text objects written out of order are read top to bottom, left to right', async () => {
  const parsed = await parseFile({ bytes: readFixture('031-ofd-shuffled-objects').bytes, fileName: 'a.ofd', limits });
  expect(parsed.text.split('\n').slice(0, 2)).toEqual(['灵台县人民政府关于加强耕地保护工作的通知', '灵政发〔2023〕7号']);
});
