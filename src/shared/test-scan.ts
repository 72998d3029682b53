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
  let y = 180;
  lines.forEach((line, index) => {
    const size = index === 2 ? 40 : 33;
    context.font = `${size}px ${fonts}`;
    y += size * 1.9;
    context.fillText(line, 150, y);
  });
  return format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 85);
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
