import type { SearchDictionary } from './search.dictionary.js';

/** How many corrected readings are tried at most. */
const MAX_CANDIDATES = 12;

export type Correction = { text: string; at: number; from: string; to: string };

/**
 * Readings of a query with one character replaced, best first, where the replaced character was the
 * likely slip: a character whose pairs with its neighbours no title holds, replaced by one that makes
 * both pairs common in the titles (营商环镜 → 营商环境, 物质管影条例 → 物质管理条例). Homophones are
 * found the same way: a wrong character of the same sound still makes pairs no title holds.
 */
export function correctionCandidates(text: string, dictionary: SearchDictionary): Correction[] {
  const chars = [...text];
  const pairCount = (pair: string) => dictionary.pairs.get(pair) ?? 0;
  const isHan = (ch: string | undefined) => ch !== undefined && /[\p{Script=Han}\p{N}]/u.test(ch);
  const candidates: (Correction & { score: number })[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!isHan(chars[i])) continue;
    const left = isHan(chars[i - 1]) ? chars[i - 1]! : null;
    const right = isHan(chars[i + 1]) ? chars[i + 1]! : null;
    if (!left && !right) continue;
    const leftKnown = left ? pairCount(left + chars[i]) > 0 : true;
    const rightKnown = right ? pairCount(chars[i] + right) > 0 : true;
    if (leftKnown && rightKnown) continue;
    const replacements = new Map<string, number>();
    const follows = left ? dictionary.following.get(left) : null;
    const precedes = right ? dictionary.preceding.get(right) : null;
    // A neighbour that no title pair holds on that side leaves nothing to replace with.
    if ((left && !follows) || (right && !precedes)) continue;
    for (const [ch, count] of (follows ?? precedes)!) {
      if (ch === chars[i]) continue;
      const other = follows && precedes ? precedes.get(ch) : count;
      if (!other) continue;
      replacements.set(ch, Math.min(count, other));
    }
    for (const [ch, score] of replacements) {
      const corrected = [...chars];
      corrected[i] = ch;
      // Both neighbours agreeing counts far more than one: a pair at the edge of the query is weak evidence.
      candidates.push({ text: corrected.join(''), at: i, from: chars[i]!, to: ch, score: score * (left && right ? 100 : 1) });
    }
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES).map(({ score: _score, ...rest }) => rest);
}
