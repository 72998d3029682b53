import type { AppDatabase } from '../src/db/database.js';
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

/**
 * Grows a database's documents to `target` by copying them, each copy with a two-character mark inserted
 * into every line and a numbered title, so no two copies share their text or title.
 */
export function replicateDocuments(db: AppDatabase, target: number) {
  const originals = db.$client.prepare('select d.*, c.text, c.search_text, c.structure from documents d join document_contents c on c.document_id = d.id').all() as Record<string, unknown>[];
  const insertDocument = db.$client.prepare(`insert into documents (sha256, file_name, format, size_bytes, title, doc_number, issuer, issued_on, doc_type, level, article_count, extracted, created_at, updated_at)
    values (@sha256, @file_name, @format, @size_bytes, @title, @doc_number, @issuer, @issued_on, @doc_type, @level, @article_count, @extracted, @created_at, @updated_at)`);
  const insertContent = db.$client.prepare('insert into document_contents (document_id, text, search_text, structure) values (?, ?, ?, ?)');
  const insertFile = db.$client.prepare('insert into document_files (document_id, bytes) values (?, ?)');
  const filler = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  db.$client.transaction(() => {
    for (let copy = 1; originals.length * copy < target; copy++) {
      for (const original of originals) {
        if (originals.length * copy + (original.id as number) > target) break;
        const mark = filler[copy % filler.length]! + filler[Math.floor(copy / filler.length) % filler.length]!;
        const text = (original.text as string).split('\n').map((line) => (line.length > 8 ? `${line.slice(0, 6)}${mark}${line.slice(6)}` : line)).join('\n');
        const { lastInsertRowid } = insertDocument.run({ ...original, sha256: `${original.sha256}-${copy}`, title: `${original.title}（${copy}）` });
        insertContent.run(lastInsertRowid, text, text, original.structure);
        insertFile.run(lastInsertRowid, Buffer.alloc(0));
      }
    }
  })();
}
