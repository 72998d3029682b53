import { expect, test } from 'vitest';
import { replacesRefusals } from './bulk.usecases.js';

test.each([
  // A workflow action always replaces the set: a retry that goes through empties it.
  ['submit', 0, true], ['submit', 3, true], ['approve', 0, true], ['return', 2, true], ['reopen', 0, true],
  // A preparing action keeps the set while fixing the refused items, unless it refused items itself.
  ['set_unit', 0, false], ['set', 0, false], ['accept_suggestion', 0, false],
  ['set_unit', 1, true], ['set', 5, true], ['accept_suggestion', 2, true],
] as const)('%s refusing %i replaces 上次未能处理的: %s', (action, refused, expected) => {
  expect(replacesRefusals(action, refused)).toBe(expected);
});
