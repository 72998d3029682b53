import { describe, expect, test } from 'vitest';
import { cleanupOutcome, type ApprovedDecision } from './review.cleanup-status.js';

const approved = (category: ApprovedDecision['category']): ApprovedDecision =>
  ({ dispositionId: 7, roundId: 3, roundName: '2026年清理', category, approvedAt: new Date('2026-11-29T01:00:00Z') });
const decided = { roundId: 3, roundName: '2026年清理', decidedOn: '2026-11-29', dispositionId: 7 };

describe('cleanupOutcome: what the clean-up made of a document', () => {
  test.each([
    ['no decision, no newer version: the dates tell', null, null, null, null],
    ['approved 废止', approved('abolish'), null, null, { status: 'abolished', detail: decided }],
    ['approved 废止 wins over a newer version', approved('abolish'), 9, 8, { status: 'abolished', detail: decided }],
    ['approved 完善 without its revision', approved('improve'), null, null, { status: 'to_revise', detail: decided }],
    ['approved 完善 with its revision linked', approved('improve'), 9, null, { status: 'revised', detail: { ...decided, revisedById: 9, revisedHow: 'linked' } }],
    ['approved 完善 with a newer version of its title', approved('improve'), null, 8, { status: 'revised', detail: { ...decided, revisedById: 8, revisedHow: 'newer_version' } }],
    ['a newer version, no decision', null, null, 8, { status: 'revised', detail: { revisedById: 8, revisedHow: 'newer_version' } }],
    ['a link wins over the version found by title', null, 9, 8, { status: 'revised', detail: { revisedById: 9, revisedHow: 'linked' } }],
    ['approved 坚持: the leaders judged the newer title does not replace it', approved('keep'), null, 8, null],
    ['approved 坚持, but staff linked a revision', approved('keep'), 9, null, { status: 'revised', detail: { ...decided, revisedById: 9, revisedHow: 'linked' } }],
  ] as const)('%s', (_case, decision, linkedRevisionId, newerVersionId, expected) => {
    expect(cleanupOutcome({ decision, linkedRevisionId, newerVersionId })).toEqual(expected);
  });

  test('the day of approval is the day in China', () => {
    const lateEvening = { ...approved('abolish'), approvedAt: new Date('2026-11-29T17:30:00Z') };
    expect(cleanupOutcome({ decision: lateEvening, linkedRevisionId: null, newerVersionId: null })?.detail.decidedOn).toBe('2026-11-30');
  });
});
