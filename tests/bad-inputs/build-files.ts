/**
 * Writes the hostile and broken files of the bad-input suite into files/. They are committed; run this
 * only to change them:  npx tsx tests/bad-inputs/build-files.ts
 * (The 100 MB file is made at test time instead of being committed.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';

const out = path.join(import.meta.dirname, 'files');
const docx = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/010-docx-notice/input.docx'));
const ofd = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/030-ofd-notice/input.ofd'));
const pseudoRandom = (length: number, seed: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 2654435761 + seed * 97) >>> 13 & 0xff));
const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(out, name), bytes);

/** A one-page PDF that draws a rectangle and has no text at all, as a scan without OCR. */
function pdfWithoutText(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = '0.5 g 100 100 395 642 re f';
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

function replaceInZip(bytes: Uint8Array, name: string, content: Uint8Array | null): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  if (content === null) delete files[name];
  else files[name] = content;
  return zipSync(files);
}

fs.mkdirSync(out, { recursive: true });
write('truncated-start.docx', docx.subarray(0, 1000));
write('truncated-half.docx', docx.subarray(0, docx.length >> 1));
write('broken-document-xml.docx', replaceInZip(docx, 'word/document.xml', strToU8('<w:document><w:body><w:p>未闭合')));
write('no-document-xml.docx', replaceInZip(docx, 'word/document.xml', null));
write('zip-bomb.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(350 * 1048576) }, { level: 9 }));
write('random.docx', pseudoRandom(4096, 1));
write('random.pdf', pseudoRandom(4096, 2));
write('random.doc', pseudoRandom(4096, 3));
write('random.ofd', pseudoRandom(4096, 4));
write('random.txt', pseudoRandom(4096, 5));
write('empty.txt', '');
write('empty.docx', '');
write('scan-without-text.pdf', pdfWithoutText());
write('header-only.pdf', '%PDF-1.4\n');
write('garbage-after-header.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), pseudoRandom(3000, 6)]));
write('ole-garbage.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), pseudoRandom(3000, 7)]));
write('ofd-missing-document.ofd', replaceInZip(ofd, 'Doc_0/Document.xml', null));
write('ofd-malformed-xml.ofd', replaceInZip(ofd, 'Doc_0/Pages/Page_0/Content.xml', strToU8('<ofd:Page><ofd:Content><ofd:Layer>')));
write('ofd-without-text.ofd', replaceInZip(ofd, 'Doc_0/Pages/Page_0/Content.xml', strToU8('<?xml version="1.0"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>')));
write('images-only.zip.docx', zipSync({ 'image1.png': pseudoRandom(2000, 8) }));
write('document.rtf', '{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 平凉市测试}');
write('image.pdf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandom(2000, 9)]));
write('photo.txt', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), pseudoRandom(2000, 10)]));
write('executable.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64), pseudoRandom(2000, 11)]));
write('whitespace-only.txt', ' \n\t\r\n　　\n');
write('punctuation-only.txt', '。。。，，，！？……——');
write('invalid-gb18030.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0xff : 0x80 + (i % 60)))));
write('script-and-links.html', `<html><body><h1>平凉市测试管理办法</h1><script>fetch('/api/users')</script>
<p onclick="steal()">第一条 正文。<a href="javascript:alert(document.cookie)">链接</a><a href="JaVaScRiPt:alert(1)">链接二</a></p>
<iframe src="https://evil.example/"></iframe><img src="x" onerror="alert(1)"><svg onload="alert(1)"></svg>
<form action="https://evil.example/"><input name="p"></form><a href="data:text/html,<script>alert(1)</script>">数据链接</a></body></html>`);
write('script-in-markdown.md', '# 平凉市测试规定\n\n第一条 正文。<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n');
const linkDocx = new Document({ sections: [{ children: [
  new Paragraph({ children: [new TextRun('平凉市测试实施细则')] }),
  new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('第一条 点击查看')] })] }),
] }] });
write('javascript-link.docx', await Packer.toBuffer(linkDocx));
console.log(fs.readdirSync(out).length, 'files');
