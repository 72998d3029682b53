import { describe, expect, test } from 'vitest';
import { createInventory } from '../app.dependencies.js';
import type { Actor } from '../auth/auth.models.js';
import { loadConfig } from '../config.js';
import { createInMemoryDatabase } from '../db/database.js';
import { insertTestDocument } from '../test-app.js';
import { createReviewRepository } from './review.repository.js';
import { createRound, decideDispositions, proposeDispositions, updateDisposition } from './review.usecases.js';
import { createSuggestionService } from './suggestions/suggestions.usecases.js';

const staff: Actor = { id: 1, username: 'staff', role: 'staff', unit: '市司法局', unitId: null };
const leader: Actor = { id: 2, username: 'leader', role: 'leader', unit: '市政府办公室', unitId: null };

/** A round over three documents, on a fresh in-memory database. */
function setUp() {
  const db = createInMemoryDatabase();
  const documents = createInventory(db);
  for (const [title, date] of [['平凉市城市绿化管理办法', '2019-03-05'], ['平凉市档案管理办法', '2020-06-01'], ['平凉市物业管理办法', '2021-01-01']] as const) {
    insertTestDocument(documents, { title, issuedOn: date });
  }
  const reviewRepository = createReviewRepository({ db });
  const suggestionService = createSuggestionService({ db, config: loadConfig({}) });
  const { round } = createRound({ name: '2024年清理', scope: {}, startsOn: null, endsOn: null, actor: null, reviewRepository });
  const ids = reviewRepository.listDispositions(round.id, {}).map((row) => row.id);
  const ground = (code: string) => reviewRepository.groundByCode(code)!.id;
  const propose = (action: Parameters<typeof proposeDispositions>[0]['action']) => proposeDispositions({ action, actor: staff, reviewRepository, suggestionService });
  const decide = (action: Parameters<typeof decideDispositions>[0]['action']) => decideDispositions({ action, actor: leader, reviewRepository });
  const statusOf = (id: number) => reviewRepository.getDisposition(id).status;
  return { reviewRepository, ids, ground, propose, decide, statusOf };
}

describe('the workflow: draft → submitted → approved, or returned and resubmitted', () => {
  test('a complete draft is submitted and approved; the history names each step', () => {
    const { ids: [id], ground, propose, decide, statusOf, reviewRepository } = setUp();
    propose({ action: 'set', ids: [id!], category: 'keep', groundId: ground('keep_valid') });
    expect(propose({ action: 'submit', ids: [id!] })).toEqual({ updated: [id], skipped: [] });
    expect(statusOf(id!)).toBe('submitted');
    expect(decide({ action: 'approve', ids: [id!] }).updated).toEqual([id]);
    expect(statusOf(id!)).toBe('approved');
    expect(reviewRepository.historyOfDisposition(id!).map((h) => h.action).reverse()).toEqual(['updated', 'submitted', 'approved']);
  });

  test('an incomplete draft cannot be submitted, and says what is missing', () => {
    const { ids: [id], ground, propose, statusOf } = setUp();
    propose({ action: 'set', ids: [id!], category: 'improve', groundId: ground('improve_provisional') });
    const { skipped } = propose({ action: 'submit', ids: [id!] });
    expect(skipped).toEqual([{ id, code: 'review.incomplete', message: expect.stringContaining('责任单位') }]);
    expect(statusOf(id!)).toBe('draft');
  });

  test('a returned disposition carries the comment, can be edited and resubmitted', () => {
    const { ids: [id], ground, propose, decide, statusOf, reviewRepository } = setUp();
    propose({ action: 'set', ids: [id!], category: 'keep', groundId: ground('keep_valid') });
    propose({ action: 'submit', ids: [id!] });
    decide({ action: 'return', ids: [id!], comment: '请补充理由' });
    expect(reviewRepository.getDisposition(id!)).toMatchObject({ status: 'returned', comment: '请补充理由' });
    updateDisposition({ id: id!, patch: { reason: '仍然适用' }, actor: staff, reviewRepository });
    expect(propose({ action: 'submit', ids: [id!] }).updated).toEqual([id]);
    expect(statusOf(id!)).toBe('submitted');
    expect(reviewRepository.historyOfDisposition(id!)[0]!.action).toBe('resubmitted');
  });

  test('what is submitted or approved cannot be edited; only a leader reopening an approved one unlocks it', () => {
    const { ids: [id], ground, propose, decide, statusOf, reviewRepository } = setUp();
    propose({ action: 'set', ids: [id!], category: 'keep', groundId: ground('keep_valid') });
    propose({ action: 'submit', ids: [id!] });
    expect(() => updateDisposition({ id: id!, patch: { reason: 'x' }, actor: staff, reviewRepository })).toThrow(expect.objectContaining({ code: 'review.not_editable' }));
    decide({ action: 'approve', ids: [id!] });
    expect(propose({ action: 'set', ids: [id!], category: 'abolish', groundId: ground('abolish_repealed') }).skipped[0]!.code).toBe('review.not_editable');
    expect(decide({ action: 'return', ids: [id!], comment: 'x' }).skipped[0]!.code).toBe('review.invalid_transition');
    expect(decide({ action: 'reopen', ids: [id!], comment: '情况有变' }).updated).toEqual([id]);
    expect(statusOf(id!)).toBe('returned');
    updateDisposition({ id: id!, patch: { reason: '重新审查' }, actor: staff, reviewRepository });
  });

  test('a draft cannot be approved or returned', () => {
    const { ids: [id], decide, statusOf } = setUp();
    expect(decide({ action: 'approve', ids: [id!] }).skipped[0]!.code).toBe('review.invalid_transition');
    expect(statusOf(id!)).toBe('draft');
  });
});

describe('bulk actions', () => {
  test('each item is judged on its own: what fits is done, what does not is reported with its reason', () => {
    const { ids, ground, propose, statusOf } = setUp();
    const [complete, incomplete, untouched] = ids as [number, number, number];
    propose({ action: 'set', ids: [complete], category: 'keep', groundId: ground('keep_valid') });
    propose({ action: 'set', ids: [incomplete], category: 'improve', groundId: ground('improve_provisional') });
    const result = propose({ action: 'submit', ids: [complete, incomplete, untouched, 9999] });
    expect(result.updated).toEqual([complete]);
    expect(result.skipped.map((s) => [s.id, s.code])).toEqual([[incomplete, 'review.incomplete'], [untouched, 'review.incomplete'], [9999, 'review.invalid_transition']]);
    expect([statusOf(complete), statusOf(incomplete), statusOf(untouched)]).toEqual(['submitted', 'draft', 'draft']);
  });

  test('setting a category checks the ground belongs to it, for every item', () => {
    const { ids, ground, propose, reviewRepository } = setUp();
    const result = propose({ action: 'set', ids, category: 'keep', groundId: ground('abolish_repealed') });
    expect(result.updated).toEqual([]);
    expect(new Set(result.skipped.map((s) => s.code))).toEqual(new Set(['review.ground_mismatch']));
    expect(ids.map((id) => reviewRepository.getDisposition(id).category)).toEqual([null, null, null]);
  });

  test('accepting suggestions fills category, ground, reason and evidence, and a repeat changes nothing', () => {
    const { ids, propose, reviewRepository } = setUp();
    expect(propose({ action: 'accept_suggestion', ids }).updated).toEqual(ids);
    const rows = ids.map((id) => reviewRepository.getDisposition(id));
    expect(rows.map((row) => row.category)).toEqual(['keep', 'keep', 'keep']);
    expect(rows.every((row) => row.groundId === reviewRepository.groundByCode('keep_valid')!.id)).toBe(true);
    const historyBefore = ids.map((id) => reviewRepository.historyOfDisposition(id).length);
    propose({ action: 'accept_suggestion', ids });
    expect(ids.map((id) => reviewRepository.historyOfDisposition(id).length)).toEqual(historyBefore);
  });
});
