import Database from 'better-sqlite3';
import { fingerprintOf } from '../../src/review/suggestions/fingerprint.js';
import { normaliseForSearch } from '../../src/search/search.tokenizer.js';
const db = new Database('/tmp/corpusdata/zhidu.sqlite', { readonly: true });
const texts = (db.prepare('select search_text as t from document_contents').all() as { t: string }[]).map((r) => r.t);
console.log('MB', texts.reduce((n, t) => n + t.length, 0) / 1e6);
let t0 = performance.now(); for (const t of texts) normaliseForSearch(t); console.log('normalise', performance.now() - t0);
t0 = performance.now(); for (const t of texts) fingerprintOf(t); console.log('fingerprint', performance.now() - t0);
