import { expect, test } from 'vitest';
import { createInventory } from '../app.dependencies.js';
import { createInMemoryDatabase } from '../db/database.js';
import { createReviewRepository } from '../review/review.repository.js';
import { createRound, decideDispositions, proposeDispositions } from '../review/review.usecases.js';
import { createSuggestionService } from '../review/suggestions/suggestions.usecases.js';
import { loadConfig } from '../config.js';
import { insertTestDocument } from '../test-app.js';
import { createChecklistRepository } from './checklist.repository.js';
import { generateChecklist } from './checklist.usecases.js';

function setUp() {
  const db = createInMemoryDatabase();
  const documents = createInventory(db);
  insertTestDocument(documents, { title: '平凉市城市绿化管理办法', issuedOn: '2019-03-05' });
  insertTestDocument(documents, { title: '平凉市档案管理办法', issuedOn: '2020-06-01' });
  const reviewRepository = createReviewRepository({ db });
  const suggestionService = createSuggestionService({ db, config: loadConfig({}) });
  const { round } = createRound({ name: '2024年清理', scope: {}, startsOn: null, endsOn: null, actor: null, reviewRepository });
  const ids = reviewRepository.listDispositions(round.id, {}).map((row) => row.id);
  proposeDispositions({ action: { action: 'accept_suggestion', ids }, actor: null, reviewRepository, suggestionService });
  proposeDispositions({ action: { action: 'submit', ids }, actor: null, reviewRepository, suggestionService });
  const approve = (some: number[]) => decideDispositions({ action: { action: 'approve', ids: some }, actor: null, reviewRepository });
  const checklistRepository = createChecklistRepository({ db });
  const generate = (includeUnapproved = false) => generateChecklist({ round, options: { includeUnapproved }, actor: null, checklistRepository }).version;
  return { ids, approve, generate, versions: () => checklistRepository.versions(round.id) };
}

test('generating an unchanged checklist again records no new version', () => {
  const { ids, approve, generate, versions } = setUp();
  approve([ids[0]!]);
  const first = generate();
  expect(generate().id).toBe(first.id);
  expect(versions()).toHaveLength(1);
});

test('a decision that changes the checklist makes the next one a new version', () => {
  const { ids, approve, generate, versions } = setUp();
  approve([ids[0]!]);
  const first = generate();
  approve([ids[1]!]);
  const second = generate();
  expect(second.id).not.toBe(first.id);
  expect(second.rows).toHaveLength(first.rows.length + 1);
  expect(versions()).toHaveLength(2);
});

test('a draft with the unapproved items is a version of its own, not the approved one', () => {
  const { ids, approve, generate, versions } = setUp();
  approve([ids[0]!]);
  const approved = generate(false);
  const draft = generate(true);
  expect(draft.id).not.toBe(approved.id);
  expect(generate(false).id).toBe(approved.id);
  expect(versions()).toHaveLength(2);
});
