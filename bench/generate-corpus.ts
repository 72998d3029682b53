import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

/**
 * A corpus of `count` documents made from the fixtures: the binary ones once each, the text ones
 * repeated with a distinct number so that none is a duplicate of another.
 */
export function generateCorpus(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhidu-corpus-'));
  const inputs = fs.readdirSync(fixturesDir).filter((f) => /^\d{3}-/.test(f)).flatMap((folder) =>
    fs.readdirSync(path.join(fixturesDir, folder)).filter((f) => f.startsWith('input.')).map((f) => path.join(fixturesDir, folder, f)));
  const textInputs = inputs.filter((file) => /\.(txt|md|html)$/.test(file) && isUtf8(fs.readFileSync(file)));
  inputs.filter((file) => !textInputs.includes(file)).forEach((file, i) => fs.copyFileSync(file, path.join(dir, `${i}-${path.basename(file)}`)));
  for (let i = 0; i < count; i++) {
    const source = textInputs[i % textInputs.length]!;
    const text = fs.readFileSync(source, 'utf8').replace(/〔(\d{4})〕(\d+)号/g, (_m, year, n) => `〔${year}〕${Number(n) + i}号`);
    fs.writeFileSync(path.join(dir, `${i}${path.extname(source)}`), `${text}\n附：第${i}号样本。\n`);
  }
  return dir;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return bytes[0] !== 0xef; // with BOM: copied as is instead
  } catch {
    return false;
  }
}
