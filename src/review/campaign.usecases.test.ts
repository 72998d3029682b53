import { describe, expect, test } from 'vitest';
import { createInventory } from '../app.dependencies.js';
import type { Actor } from '../auth/auth.models.js';
import { createInMemoryDatabase } from '../db/database.js';
import { insertTestDocument } from '../test-app.js';
import { createUnitDirectory } from '../units/units.directory.js';
import { createCampaignRepository } from './campaign.repository.js';
import {
  amendUnitItem, launchCampaign, remindUnit, reportUnitList, returnUnitList, reviewUnitItems, updateOwnDisposition,
} from './campaign.usecases.js';
import { createReviewRepository } from './review.repository.js';
import { createRound, decideDispositions } from './review.usecases.js';

/** A campaign over two documents of 财政局 and one of an issuer outside the unit list. */
function setUp() {
  const db = createInMemoryDatabase();
  const units = createUnitDirectory({ db });
  const finance = units.ensure('平凉市财政局');
  const documents = createInventory(db);
  insertTestDocument(documents, { title: '平凉市政府采购管理办法', issuedOn: '2018-05-01', issuer: '平凉市财政局' });
  insertTestDocument(documents, { title: '平凉市财政专项资金管理办法', issuedOn: '2016-03-01', issuer: '平凉市财政局' });
  insertTestDocument(documents, { title: '平凉市气象灾害防御办法', issuedOn: '2015-01-01', issuer: '平凉市气象台' });
  const reviewRepository = createReviewRepository({ db });
  const campaignRepository = createCampaignRepository({ db });
  const staff: Actor = { id: 1, username: 'staff', role: 'staff', unit: '市司法局', unitId: null };
  const leader: Actor = { id: 2, username: 'leader', role: 'leader', unit: '市政府办公室', unitId: null };
  const department: Actor = { id: 3, username: 'caizheng', role: 'department', unit: finance.name, unitId: finance.id };
  const { round } = createRound({ name: '2026年清理', scope: {}, startsOn: null, endsOn: null, actor: null, reviewRepository });
  const deps = { reviewRepository, campaignRepository };
  const launched = launchCampaign({ roundId: round.id, submitBy: '2026-01-31', actor: staff, ...deps });
  const owned = campaignRepository.ofUnit(db, round.id, finance.id).map((row) => row.id);
  const keep = reviewRepository.groundByCode('keep_valid')!.id;
  const statusOf = (id: number) => reviewRepository.getDisposition(id).status;
  return { round, finance, staff, leader, department, deps, launched, owned, keep, statusOf, reviewRepository };
}

describe('the campaign state machine', () => {
  test('draft → proposed (报送) → submitted (agreed) → approved; a leader’s return goes back to proposed', () => {
    const { round, staff, leader, department, deps, launched, owned, keep, statusOf, reviewRepository } = setUp();
    expect(launched.assigned).toBe(2);
    for (const id of owned) updateOwnDisposition({ id, patch: { category: 'keep', groundId: keep }, actor: department, reviewRepository });
    expect(reportUnitList({ roundId: round.id, statement: '报送', actor: department, ...deps })).toEqual({ reported: 2 });
    expect(owned.map(statusOf)).toEqual(['proposed', 'proposed']);
    expect(reviewUnitItems({ action: { action: 'agree', ids: owned }, actor: staff, reviewRepository }).updated).toEqual(owned);
    expect(decideDispositions({ action: { action: 'return', ids: [owned[0]!], comment: '再核' }, actor: leader, reviewRepository }).updated).toEqual([owned[0]]);
    expect(owned.map(statusOf)).toEqual(['proposed', 'submitted']);
    expect(decideDispositions({ action: { action: 'approve', ids: owned }, actor: leader, reviewRepository }).skipped.map((s) => s.id)).toEqual([owned[0]]);
    expect(owned.map(statusOf)).toEqual(['proposed', 'approved']);
  });

  test('returned items are the unit’s again; an amended one keeps the unit’s proposal beside the office’s', () => {
    const { round, finance, staff, department, deps, owned, keep, statusOf, reviewRepository } = setUp();
    for (const id of owned) updateOwnDisposition({ id, patch: { category: 'keep', groundId: keep, reason: '继续执行' }, actor: department, reviewRepository });
    reportUnitList({ roundId: round.id, statement: '报送', actor: department, ...deps });
    expect(() => updateOwnDisposition({ id: owned[0]!, patch: { reason: '改' }, actor: department, reviewRepository })).toThrow(expect.objectContaining({ code: 'campaign.reported' }));
    expect(returnUnitList({ roundId: round.id, unitId: finance.id, comment: '请补充', actor: staff, ...deps })).toEqual({ returned: 2 });
    expect(owned.map(statusOf)).toEqual(['returned', 'returned']);
    updateOwnDisposition({ id: owned[0]!, patch: { reason: '补充后' }, actor: department, reviewRepository });
    reportUnitList({ roundId: round.id, statement: '再报', actor: department, ...deps });
    const abolish = reviewRepository.groundByCode('abolish_expired')!.id;
    const amended = amendUnitItem({ id: owned[1]!, input: { category: 'abolish', groundId: abolish, reason: '已过期', note: '有效期已满' }, actor: staff, reviewRepository });
    expect(amended).toMatchObject({ status: 'submitted', category: 'abolish', unitCategory: 'keep', unitReason: '继续执行', officeNote: '有效期已满' });
    expect(reviewRepository.historyOfDisposition(owned[1]!).map((h) => h.action).reverse()).toEqual(['assigned', 'updated', 'reported', 'returned_to_unit', 'reported', 'amended']);
  });

  test('a report needs every item complete; a reminder goes only to a unit with items outstanding', () => {
    const { round, finance, staff, department, deps, owned, keep, reviewRepository } = setUp();
    updateOwnDisposition({ id: owned[0]!, patch: { category: 'keep', groundId: keep }, actor: department, reviewRepository });
    expect(() => reportUnitList({ roundId: round.id, statement: '报送', actor: department, ...deps })).toThrow(expect.objectContaining({ code: 'campaign.incomplete' }));
    expect(reviewRepository.getDisposition(owned[0]!).status).toBe('draft');
    expect(remindUnit({ roundId: round.id, unitId: finance.id, message: '请报送', actor: staff, ...deps })).toMatchObject({ kind: 'reminded', itemCount: 2 });
    updateOwnDisposition({ id: owned[1]!, patch: { category: 'keep', groundId: keep }, actor: department, reviewRepository });
    reportUnitList({ roundId: round.id, statement: '报送', actor: department, ...deps });
    expect(() => remindUnit({ roundId: round.id, unitId: finance.id, message: '请报送', actor: staff, ...deps })).toThrow(expect.objectContaining({ code: 'campaign.nothing_outstanding' }));
  });
});
