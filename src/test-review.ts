import { createInventory } from './app.dependencies.js';
import type { AppDatabase } from './db/database.js';
import { insertTestDocument } from './test-app.js';
import { createReviewRepository } from './review/review.repository.js';
import type { DispositionStatus } from './review/review.table.js';

/**
 * A round of `count` documents, each kept (坚持, 继续有效) with the given status, written straight through the
 * repositories: the volume a bulk action is measured on, made in a second or two rather than through the UI.
 * Every `unitlessEvery`-th is an improvement without a unit or deadline instead, which cannot be submitted.
 */
export function seedRound(db: AppDatabase, { name, count, status, unitlessEvery = 0 }: { name: string; count: number; status: DispositionStatus; unitlessEvery?: number }) {
  const documents = createInventory(db);
  for (let i = 1; i <= count; i++) {
    const issuedOn = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    insertTestDocument(documents, { title: `平凉市第${i}号管理办法`, issuedOn });
  }
  const reviewRepository = createReviewRepository({ db });
  const { round } = reviewRepository.createRound({ name, scope: {}, startsOn: null, endsOn: null, createdAt: new Date(), createdById: null });
  const keep = reviewRepository.groundByCode('keep_valid')!;
  const improve = reviewRepository.groundByCode('improve_outdated')!;
  const rows = reviewRepository.listDispositions(round.id, {});
  reviewRepository.transaction((tx) => {
    rows.forEach((row, i) => {
      const unitless = unitlessEvery > 0 && i % unitlessEvery === 0;
      reviewRepository.updateDisposition(tx, row.id, unitless
        ? { category: 'improve', groundId: improve.id, status: status === 'draft' ? 'draft' : 'returned' }
        : { category: 'keep', groundId: keep.id, status });
    });
  });
  return { round, ids: rows.map((row) => row.id) };
}
