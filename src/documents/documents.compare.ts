import { diffArrays, diffChars } from 'diff';
import type { StructureNode } from './documents.types.js';

/**
 * 新旧对照: two versions of a document compared block by block (an article, a chapter heading, or a
 * paragraph outside the articles), as legal databases show it. Blocks are aligned first by identical
 * content (so a renumbered but unchanged article still pairs), then, between those anchors, by similar
 * content and equal numbers; each changed pair gets a character diff. Pure: texts in, rows out.
 */

export type CompareSide = { lines: readonly string[]; nodes: readonly StructureNode[] };

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export type Block = { kind: 'paragraph' | 'heading' | 'article'; label: string | null; text: string };

export type CompareRow =
  | { change: 'unchanged'; old: Block; new: Block }
  | { change: 'renumbered' | 'changed'; old: Block; new: Block; ops: DiffOp[] | null }
  | { change: 'deleted'; old: Block; new: null }
  | { change: 'inserted'; old: null; new: Block };

export type Comparison = { rows: CompareRow[]; counts: Record<CompareRow['change'], number>; cappedRows: number };

/** Past this many characters on either side, a pair of blocks is shown without character marks. */
export const MAX_DIFF_BLOCK_CHARS = 10_000;
/** Past this many inserted and deleted characters, a pair is too different to mark character by character. */
export const MAX_DIFF_EDITS = 1_000;
/** Past this many characters marked in one comparison, further changed pairs are shown whole, unmarked. */
export const MAX_DIFF_TOTAL_CHARS = 300_000;
/** Between two anchors, similar blocks are paired only when there are at most this many candidate pairs. */
const MAX_GAP_PAIRS = 250_000;
/** How alike (Dice over character pairs) two blocks must be to count as versions of each other. */
const SAME_LABEL_SIMILARITY = 0.35;
const OTHER_LABEL_SIMILARITY = 0.5;

/** A document's lines cut into blocks: each structure node with the lines up to the next node; lines before the first, one block each. */
export function toBlocks({ lines, nodes }: CompareSide): Block[] {
  const blocks: Block[] = [];
  const sorted = [...nodes].filter((node) => node.line < lines.length).sort((a, b) => a.line - b.line);
  const firstNodeLine = sorted[0]?.line ?? lines.length;
  for (let line = 0; line < firstNodeLine; line++) blocks.push({ kind: 'paragraph', label: null, text: lines[line]! });
  sorted.forEach((node, index) => {
    const end = sorted[index + 1]?.line ?? lines.length;
    if (end <= node.line) return; // two nodes on one line: the first holds it
    blocks.push({ kind: node.kind === 'article' ? 'article' : 'heading', label: node.label, text: lines.slice(node.line, end).join('\n') });
  });
  return blocks;
}

/** The block's content without its number, so a renumbered article is recognised. */
function contentKey(block: Block): string {
  const text = block.label && block.text.startsWith(block.label) ? block.text.slice(block.label.length) : block.text;
  return `${block.kind}:${text.replace(/\s+/g, '')}`;
}

/** The text's distinct character pairs, each as a number (two UTF-16 units), which a Set compares fastest. */
function bigrams(text: string): Set<number> {
  const compact = text.replace(/\s+/g, '');
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < compact.length; i++) pairs.add(compact.charCodeAt(i) * 65536 + compact.charCodeAt(i + 1));
  if (compact.length === 1) pairs.add(compact.charCodeAt(0));
  return pairs;
}

function dice(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < SAME_LABEL_SIMILARITY) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Pairs the blocks of a gap between two anchors, keeping their order: the pairing with the greatest total
 * similarity (a small dynamic programme over the gap). Unpaired blocks were deleted or inserted.
 */
function pairGap(oldBlocks: Block[], newBlocks: Block[]): [number | null, number | null][] {
  const n = oldBlocks.length;
  const m = newBlocks.length;
  const result: [number | null, number | null][] = [];
  if (n * m === 0 || n * m > MAX_GAP_PAIRS) {
    // Too large to weigh every pair: only blocks with the same number pair, in order.
    let j = 0;
    for (let i = 0; i < n; i++) {
      const label = oldBlocks[i]!.label;
      const at = label ? newBlocks.findIndex((b, k) => k >= j && b.label === label && b.kind === oldBlocks[i]!.kind) : -1;
      if (at === -1) { result.push([i, null]); continue; }
      for (; j < at; j++) result.push([null, j]);
      result.push([i, j++]);
    }
    for (; j < m; j++) result.push([null, j]);
    return result;
  }
  const oldGrams = oldBlocks.map((b) => bigrams(contentKey(b).slice(b.kind.length + 1)));
  const newGrams = newBlocks.map((b) => bigrams(contentKey(b).slice(b.kind.length + 1)));
  const score = (i: number, j: number) => {
    const a = oldBlocks[i]!;
    const b = newBlocks[j]!;
    if (a.kind !== b.kind) return 0;
    const similarity = dice(oldGrams[i]!, newGrams[j]!);
    const sameLabel = a.label !== null && a.label === b.label;
    return similarity >= (sameLabel ? SAME_LABEL_SIMILARITY : OTHER_LABEL_SIMILARITY) ? similarity + (sameLabel ? 0.1 : 0) : 0;
  };
  // best[i][j]: the greatest total score pairing old i.. with new j..
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const scores = Array.from({ length: n }, (_, i) => Float64Array.from({ length: m }, (_, j) => score(i, j)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const paired = scores[i]![j]! > 0 ? scores[i]![j]! + best[i + 1]![j + 1]! : 0;
      best[i]![j] = Math.max(paired, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (scores[i]![j]! > 0 && best[i]![j] === scores[i]![j]! + best[i + 1]![j + 1]!) result.push([i++, j++]);
    else if (best[i]![j] === best[i + 1]![j]) result.push([i++, null]);
    else result.push([null, j++]);
  }
  for (; i < n; i++) result.push([i, null]);
  for (; j < m; j++) result.push([null, j]);
  return result;
}

/**
 * The character diff of two blocks, with equal runs of one character between changes folded into them
 * ("[-本][+同]级[-财]政[+府]" reads as "[-本级财政][+同级政府]"); null when the pair is too long or too
 * different to mark (the page then shows both texts whole and says so).
 */
export function diffBlocks(oldText: string, newText: string): DiffOp[] | null {
  if (oldText.length > MAX_DIFF_BLOCK_CHARS || newText.length > MAX_DIFF_BLOCK_CHARS) return null;
  const changes = diffChars(oldText, newText, { maxEditLength: MAX_DIFF_EDITS });
  if (!changes) return null;
  const ops: DiffOp[] = changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  return mergeAdjacent(foldShortEqualities(ops));
}

/** An equal run no longer than the changes around it is noise in Chinese text: it becomes part of both changes. */
function foldShortEqualities(ops: DiffOp[]): DiffOp[] {
  const result: DiffOp[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.op === 'equal' && [...op.text].length === 1 && k > 0 && k < ops.length - 1
      && ops[k - 1]!.op !== 'equal' && ops[k + 1]!.op !== 'equal' && !/[，。；：、\n]/.test(op.text)) {
      result.push({ op: 'delete', text: op.text }, { op: 'insert', text: op.text });
    } else result.push(op);
  }
  return result;
}

/** Merges each run of changes into one deletion followed by one insertion, and joins equal neighbours. */
function mergeAdjacent(ops: DiffOp[]): DiffOp[] {
  const result: DiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) result.push({ op: 'delete', text: deleted });
    if (inserted) result.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const op of ops) {
    if (op.op === 'delete') deleted += op.text;
    else if (op.op === 'insert') inserted += op.text;
    else {
      flush();
      const last = result.at(-1);
      if (last?.op === 'equal') last.text += op.text;
      else result.push({ ...op });
    }
  }
  flush();
  return result;
}

/** Compares two versions of a document block by block. */
export function compareVersions(oldSide: CompareSide, newSide: CompareSide): Comparison {
  const oldBlocks = toBlocks(oldSide);
  const newBlocks = toBlocks(newSide);
  const oldKeys = oldBlocks.map(contentKey);
  const newKeys = newBlocks.map(contentKey);
  // Identical blocks are the anchors: jsdiff aligns the two sequences of content keys.
  const anchors: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  let pendingOld: number[] = [];
  let pendingNew: number[] = [];
  const flushGap = () => {
    for (const [a, b] of pairGap(pendingOld.map((k) => oldBlocks[k]!), pendingNew.map((k) => newBlocks[k]!))) {
      anchors.push([a === null ? null : pendingOld[a]!, b === null ? null : pendingNew[b]!]);
    }
    pendingOld = [];
    pendingNew = [];
  };
  for (const part of diffArrays(oldKeys, newKeys)) {
    const count = part.value.length;
    if (part.removed) for (let k = 0; k < count; k++) pendingOld.push(i++);
    else if (part.added) for (let k = 0; k < count; k++) pendingNew.push(j++);
    else {
      flushGap();
      for (let k = 0; k < count; k++) anchors.push([i++, j++]);
    }
  }
  flushGap();

  const counts: Comparison['counts'] = { unchanged: 0, renumbered: 0, changed: 0, deleted: 0, inserted: 0 };
  let cappedRows = 0;
  let budget = MAX_DIFF_TOTAL_CHARS;
  const rows = anchors.map(([a, b]): CompareRow => {
    const oldBlock = a === null ? null : oldBlocks[a]!;
    const newBlock = b === null ? null : newBlocks[b]!;
    let row: CompareRow;
    if (!newBlock) row = { change: 'deleted', old: oldBlock!, new: null };
    else if (!oldBlock) row = { change: 'inserted', old: null, new: newBlock };
    else if (oldBlock.text === newBlock.text || (oldKeys[a!] === newKeys[b!] && oldBlock.label === newBlock.label)) {
      row = { change: 'unchanged', old: oldBlock, new: newBlock };
    } else {
      budget -= oldBlock.text.length + newBlock.text.length;
      const ops = budget >= 0 ? diffBlocks(oldBlock.text, newBlock.text) : null;
      if (!ops) cappedRows++;
      row = { change: oldKeys[a!] === newKeys[b!] ? 'renumbered' : 'changed', old: oldBlock, new: newBlock, ops };
    }
    counts[row.change]++;
    return row;
  });
  return { rows, counts, cappedRows };
}
