import { describe, expect, test } from 'vitest';
import { createInMemoryDatabase } from '../db/database.js';
import { createRefusedLastTime } from './inbox.refused.js';

describe('what the last bulk action refused', () => {
  test('with it, each round counts the user\'s own refused items and links the round page\'s filter', () => {
    const db = createInMemoryDatabase();
    const sql = db.$client;
    sql.exec(`insert into users (id, username, display_name, unit, role, password_hash, created_at) values (1, 'a', 'a', '市司法局', 'staff', 'x', 0), (2, 'b', 'b', '市司法局', 'staff', 'x', 0)`);
    sql.exec(`insert into review_rounds (id, name, scope, created_at) values (1, '甲批次', '{}', 0), (2, '乙批次', '{}', 0)`);
    sql.exec(`insert into dispositions (id, round_id, status, created_at, updated_at) values (1, 1, 'draft', 0, 0), (2, 1, 'draft', 0, 0), (3, 2, 'draft', 0, 0)`);
    sql.exec(`insert into review_bulk_refusals values (1, 1, 1, 'x', 'x'), (1, 1, 2, 'x', 'x'), (1, 2, 3, 'x', 'x'), (2, 1, 1, 'x', 'x')`);
    const refused = createRefusedLastTime({ db });
    expect(refused(1)).toEqual([
      { roundId: 2, roundName: '乙批次', count: 1, href: '/review/2?refused=1' },
      { roundId: 1, roundName: '甲批次', count: 2, href: '/review/1?refused=1' },
    ]);
    expect(refused(2)).toEqual([{ roundId: 1, roundName: '甲批次', count: 1, href: '/review/1?refused=1' }]);
    expect(refused(3)).toEqual([]);
  });
});
