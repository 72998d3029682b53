import { expect, test } from 'vitest';
import type { Actor } from '../auth/auth.models.js';
import { createAuthRepository } from '../auth/auth.repository.js';
import { createInMemoryDatabase } from '../db/database.js';
import { createUnitDirectory } from '../units/units.directory.js';
import { createTrackingRepository } from './tracking.repository.js';
import { reportProgress } from './tracking.usecases.js';

const db = createInMemoryDatabase();
const authRepository = createAuthRepository({ db });
const units = createUnitDirectory({ db });
const financeUnit = units.ensure('平凉市财政局');
// The account's unit is written 市财政局: the list matches it to 平凉市财政局, so both name one unit.
const account = (username: string, role: Actor['role'], written: string): Actor => {
  const unit = units.ensure(written);
  return authRepository.insertUser({ username, displayName: username, role, unit: unit.name, unitId: unit.id, passwordHash: 'x', createdAt: new Date() });
};
const finance = account('caizheng', 'department', '市财政局');
const education = account('jiaoyu', 'department', '市教育局');
const legalOffice = account('fazhi', 'staff', '市司法局');

function setUp() {
  db.$client.exec('delete from tracking_reports');
  const trackingRepository = createTrackingRepository({ db });
  const item = trackingRepository.updateItem(trackingRepository.items()[0]!.id, { responsibleUnit: financeUnit.name, responsibleUnitId: financeUnit.id, stage: 'drafting', updatedAt: new Date() });
  const report = (actor: Actor, advance = false) => reportProgress({ itemId: item.id, report: { text: '已形成初稿', advance }, files: [], actor, trackingRepository });
  return { trackingRepository, item, report };
}

test('a department reports on the items its unit owns (by the unit, however its name is written), and on no other', () => {
  const { trackingRepository, item, report } = setUp();
  expect(finance.unitId).toBe(financeUnit.id);
  expect(report(finance).unit).toBe('平凉市财政局');
  expect(() => report(education)).toThrow(expect.objectContaining({ code: 'tracking.not_own_unit' }));
  expect(trackingRepository.reports(item.id)).toHaveLength(1);
});

test('the legal office reports on any item', () => {
  const { item, report, trackingRepository } = setUp();
  report(legalOffice);
  expect(trackingRepository.reports(item.id).map((r) => r.unit)).toEqual(['市司法局']);
});

test('a report moves the item one stage on, never further, and says when it is already at the last', () => {
  const { trackingRepository, item, report } = setUp();
  expect(item.stage).toBe('drafting');
  report(finance, true);
  expect(trackingRepository.getItem(item.id).stage).toBe('consultation');
  trackingRepository.updateItem(item.id, { stage: 'refined', updatedAt: new Date() });
  expect(() => report(finance, true)).toThrow(expect.objectContaining({ code: 'tracking.stage_skip' }));
  expect(trackingRepository.getItem(item.id).stage).toBe('refined');
});
