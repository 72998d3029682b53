import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

// Noto Sans SC from npm (a dev dependency), in the unicode-range subsets it ships: each is registered
// as a family of its own and the canvas picks, glyph by glyph, the first that has it.
let families: string[] | undefined;
function chineseFontFamilies(): string[] {
  if (families) return families;
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  families = fs.readdirSync(dir).filter((name) => name.endsWith('-400-normal.woff2')).flatMap((name) => {
    const family = `zhidu-test-${name.replace(/\.woff2$/, '')}`;
    return GlobalFonts.registerFromPath(path.join(dir, name), family) ? [family] : [];
  });
  return families;
}

/**
 * A page as a scanner would give it, drawn from known text: A4 at 150 dpi, black text on an off-white
 * page, 16 pt body lines (the title larger), so OCR can be tested with nothing but the repository.
 */
export function renderScannedPage(lines: string[], { format = 'png' }: { format?: 'png' | 'jpeg' } = {}): Buffer {
  const width = 1240;
  const height = 1754;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f7f5ef';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1a1a1a';
  const fonts = chineseFontFamilies().map((family) => `"${family}"`).join(', ');
  const left = 110;
  const maxWidth = width - left - 60;
  let y = 180;
  lines.forEach((line, index) => {
    const size = index === 2 ? 40 : 33;
    context.font = `${size}px ${fonts}`;
    // A line longer than the page wraps, as it would on paper, rather than running off the edge.
    for (const part of wrap(line, (text) => context.measureText(text).width, maxWidth)) {
      y += size * 1.9;
      if (y > height - 80) return;
      context.fillText(part, left, y);
    }
  });
  return format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 85);
}

function wrap(line: string, measure: (text: string) => number, maxWidth: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (current && measure(current + character) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  return [...parts, current];
}

/** The share of `expected`'s characters that `actual` has in the same order (1 − character error rate, from the longest common subsequence), ignoring white space. */
export function characterAccuracy(expected: string, actual: string): number {
  const a = [...expected.replace(/\s/g, '')];
  const b = [...actual.replace(/\s/g, '')];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const charA of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) current[j] = charA === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return a.length === 0 ? 1 : previous[b.length]! / a.length;
}

/**
 * A PDF of pages that are pictures, as a scanner writes it: each page paints one image (the given JPEG,
 * or a small grey square) and, optionally, a line of watermark text. `encrypted` adds a standard
 * security handler whose user password is not empty, so the file cannot be opened without it.
 */
export function buildScannedPdf({ pages, jpeg, watermark, encrypted = false }: { pages: number; jpeg?: { bytes: Buffer; width: number; height: number }; watermark?: string; encrypted?: boolean }): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => { objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')); return objects.length; };
  const stream = (dictionary: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

  const catalog = add('');
  const pageTree = add('');
  const image = jpeg
    ? add(stream(`/Type /XObject /Subtype /Image /Width ${jpeg.width} /Height ${jpeg.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, jpeg.bytes))
    : add(stream('/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.alloc(64, 0x80)));
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const watermarkOps = watermark ? `BT /F1 9 Tf 20 20 Td (${watermark}) Tj ET` : '';
  const content = add(stream('', Buffer.from(`q 595 0 0 842 0 0 cm /Im0 Do Q ${watermarkOps}`, 'latin1')));
  const pageIds: number[] = [];
  for (let i = 0; i < pages; i++) {
    pageIds.push(add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pageTree} 0 R >>`, 'latin1');
  objects[pageTree - 1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`, 'latin1');
  const encrypt = encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -4 >>`) : null;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '0123456789abcdef0123456789abcdef';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>]` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}
