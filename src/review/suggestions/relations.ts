import { normaliseForSearch, runsOf } from '../../text/search-tokenizer.js';

/** What the rules need to know of a document. */
export type InventoryEntry = {
  id: number;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  provisional: 'interim' | 'trial' | null;
  citations: string[];
  repeals: string[];
};

/**
 * A title as versions and citations share it: simplified, half-width, without the 中华人民共和国 of national
 * laws, without a "(2019年修订)" revision note (but "(1988年)" stays: it tells amendments apart), punctuation
 * ignored. 暂行/试行 stay: an interim rule and its
 * successor are different titles, linked by the successor's repeal clause.
 */
export function titleKey(title: string): string {
  const folded = normaliseForSearch(title)
    .replace(/^中华人民共和国/, '')
    .replace(/[(（〔[【]\s*\d{4}\s*年?\s*(修订|修正|修改|版|本)\s*[)）〕\]】]\s*$/, '');
  return runsOf(folded).map((chars) => chars.join('')).join('');
}

/** When a version took its form: the date it was issued, or else the date it took effect. */
export function versionDate(entry: InventoryEntry): string | null {
  return entry.issuedOn ?? entry.effectiveOn;
}

function isOlder(a: InventoryEntry, b: InventoryEntry): boolean {
  const da = versionDate(a);
  const db = versionDate(b);
  return !!da && !!db && da < db;
}

/** Two documents with one title are versions of one rule unless they name different issuers. */
function sameIssuer(a: InventoryEntry, b: InventoryEntry): boolean {
  return !a.issuer || !b.issuer || a.issuer === b.issuer;
}

/**
 * The links between documents the rules stand on, all derived from metadata: version chains (one title),
 * repeal clauses ("《……》同时废止") and citations in 《》, each resolved to documents of the inventory.
 */
export type Relations = {
  byId: ReadonlyMap<number, InventoryEntry>;
  /** Every version of a document's title, oldest first, itself included. */
  versionsOf(id: number): InventoryEntry[];
  /** The newest version, when it is newer than this one. */
  newerVersionOf(id: number): InventoryEntry | undefined;
  /** The documents whose repeal clause names this one. */
  repealedBy(id: number): InventoryEntry[];
  /** The documents this one repeals. */
  repeals(id: number): InventoryEntry[];
  /** For each title cited that the inventory holds: its versions (oldest first). */
  cites(id: number): { title: string; versions: InventoryEntry[] }[];
  /** The documents citing this one. */
  citedBy(id: number): InventoryEntry[];
};

export function buildRelations(entries: readonly InventoryEntry[], knownKeys?: ReadonlyMap<string, string>): Relations {
  // The same titles recur (every version, every citation of 《宪法》): fold each once. `knownKeys`: titles
  // already folded (stored with their documents).
  const keys = new Map<string, string>(knownKeys);
  const keyOf = (title: string) => {
    let key = keys.get(title);
    if (key === undefined) keys.set(title, (key = titleKey(title)));
    return key;
  };
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byKey = new Map<string, InventoryEntry[]>();
  for (const entry of entries) {
    const key = keyOf(entry.title);
    const group = byKey.get(key);
    if (group) group.push(entry);
    else byKey.set(key, [entry]);
  }
  for (const group of byKey.values()) group.sort((a, b) => (versionDate(a) ?? '').localeCompare(versionDate(b) ?? '') || a.id - b.id);

  const versionsOf = (id: number) => {
    const entry = byId.get(id);
    if (!entry) return [];
    return (byKey.get(keyOf(entry.title)) ?? []).filter((other) => sameIssuer(entry, other));
  };

  const repealedBy = new Map<number, InventoryEntry[]>();
  const repealsOf = new Map<number, InventoryEntry[]>();
  const citedBy = new Map<number, InventoryEntry[]>();
  const citesOf = new Map<number, { title: string; versions: InventoryEntry[] }[]>();
  const push = <T>(map: Map<number, T[]>, id: number, value: T) => {
    const list = map.get(id);
    if (list) list.push(value);
    else map.set(id, [value]);
  };

  for (const entry of entries) {
    const ownKey = keyOf(entry.title);
    for (const title of entry.repeals) {
      // A clause repeals what came before it: never the document itself, nor a version as new as it.
      const targets = (byKey.get(keyOf(title)) ?? []).filter((target) =>
        target.id !== entry.id && (keyOf(target.title) !== ownKey || isOlder(target, entry)) && !isOlder(entry, target));
      for (const target of targets) {
        push(repealedBy, target.id, entry);
        push(repealsOf, entry.id, target);
      }
    }
    for (const title of entry.citations) {
      const key = keyOf(title);
      if (key === ownKey) continue;
      const versions = byKey.get(key);
      if (!versions) continue;
      push(citesOf, entry.id, { title, versions });
      for (const version of versions) push(citedBy, version.id, entry);
    }
  }

  return {
    byId,
    versionsOf,
    newerVersionOf(id) {
      const entry = byId.get(id);
      const newest = versionsOf(id).at(-1);
      return entry && newest && newest.id !== entry.id && isOlder(entry, newest) ? newest : undefined;
    },
    repealedBy: (id) => repealedBy.get(id) ?? [],
    repeals: (id) => repealsOf.get(id) ?? [],
    cites: (id) => citesOf.get(id) ?? [],
    citedBy: (id) => [...new Set(citedBy.get(id) ?? [])],
  };
}
