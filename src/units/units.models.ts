/**
 * Matching names of units as people write them against the managed list: pure functions, table-tested.
 *
 * A name splits into a city prefix and the rest: "平凉市财政局" → 平凉 + 市财政局, "市财政局" → no prefix.
 * Two names are the same unit when their rests agree after folding the usual short forms (人民政府 → 政府,
 * 中共…市委员会 → 市委) and their prefixes do not disagree: "市财政局" is 平凉市财政局, "华亭市财政局" is not.
 */

export type MatchableUnit = { id: number; name: string; shortName: string | null; aliases: string[]; codes: string[]; active?: boolean };

type SplitName = { prefix: string | null; rest: string };

/** Full-width letters and digits folded, spaces and brackets' padding removed: names as they compare. */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/^(中国共产党|中共)/, '');
}

const CITY_PREFIX = /^([\u4e00-\u9fa5]{2,4}?)(市.+)$/;

function splitName(name: string): SplitName {
  const normal = normaliseUnitName(name);
  const match = CITY_PREFIX.exec(normal);
  const [prefix, rest] = match ? [match[1]!, match[2]!] : [null, normal];
  return { prefix, rest: foldShortForms(rest) };
}

/** The short forms offices use for the same body. */
function foldShortForms(rest: string): string {
  return rest
    .replace(/人民政府/g, '政府')
    .replace(/^市委员会/, '市委')
    .replace(/^市人民代表大会常务委员会/, '市人大常委会')
    .replace(/^市人大常务委员会/, '市人大常委会');
}

/** Every name a unit answers to. */
export function namesOf(unit: MatchableUnit): string[] {
  return [unit.name, ...(unit.shortName ? [unit.shortName] : []), ...unit.aliases];
}

function sameUnitName(a: SplitName, b: SplitName): boolean {
  return a.rest === b.rest && (a.prefix === null || b.prefix === null || a.prefix === b.prefix);
}

/**
 * The unit a written name means, or null. An exact name or alias wins; otherwise the names that agree up
 * to the city prefix and short forms. When more than one unit would fit (two cities' 财政局 both listed and
 * the text names neither city), nothing is guessed.
 */
export function matchUnitName<U extends MatchableUnit>(written: string, units: readonly U[]): U | null {
  const normal = normaliseUnitName(written);
  if (!normal) return null;
  const exact = units.filter((unit) => namesOf(unit).some((name) => normaliseUnitName(name) === normal));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const split = splitName(written);
  const near = units.filter((unit) => {
    // A short name (市财政局) is the unit's own city's: it does not make 宁波市财政局 this unit.
    const cityOfUnit = splitName(unit.name).prefix;
    return namesOf(unit).some((name) => {
      const own = splitName(name);
      return sameUnitName(split, { prefix: own.prefix ?? cityOfUnit, rest: own.rest });
    });
  });
  return near.length === 1 ? near[0]! : null;
}

/** What may follow a 机关代字 in a 文号's prefix: the kind of document (发, 函, 字, 电 …). */
const DOC_NUMBER_KIND = /^(?:发|函|字|电|明电|通|报|复|规|令|任|人|办)?$/;

/**
 * The unit whose 机关代字 starts a 文号's prefix ("平政办发" → the unit with code 平政办 or 平政办发). The
 * longest code wins, so 平政办 (市政府办公室) is not taken for 平政 (市政府).
 */
export function matchDocNumberPrefix<U extends MatchableUnit>(prefix: string, units: readonly U[]): U | null {
  let best: { unit: U; length: number } | null = null;
  let tie = false;
  for (const unit of units) {
    for (const code of unit.codes) {
      const normal = normaliseUnitName(code);
      if (!normal || !prefix.startsWith(normal) || !DOC_NUMBER_KIND.test(prefix.slice(normal.length))) continue;
      if (!best || normal.length > best.length) { best = { unit, length: normal.length }; tie = false; }
      else if (normal.length === best.length && best.unit.id !== unit.id) tie = true;
    }
  }
  return best && !tie ? best.unit : null;
}

/** Joint issuers are written one after another, separated by spaces or 、. */
export function splitIssuers(issuer: string): string[] {
  return issuer.split(/[\s、，,；;/]+/).map((part) => part.trim()).filter(Boolean);
}

export type ResponsibleUnitProposal = {
  lead: { unitId: number; source: 'doc_number' | 'issuer' } | null;
  /** The other units of a joint document, in the order the issuers are written. */
  others: number[];
  /** Issuers that match no unit of the list. */
  unmatched: string[];
};

/** The 机关代字 of a 文号 ("平政办发" of "平政办发〔2020〕45号"); a 政府令 number has none. */
export function docNumberCode(docNumber: string): string | null {
  const match = /^([\u4e00-\u9fa5]{1,16})(?:〔|\[|\(|（|【)/.exec(docNumber.normalize('NFKC').replace(/\s+/g, ''));
  return match ? match[1]! : null;
}

/**
 * Proposes a document's responsible units (谁制定、谁清理) from its issuer and 文号 against the list. The
 * 机关代字 names the drafting office (平政办发 → 市政府办公室 even when the issuer is the government), so it
 * leads when it matches; otherwise the first issuer that matches leads and the other issuers of a joint
 * document follow. Inactive units are not proposed.
 */
export function proposeResponsibleUnits(
  document: { issuer: string | null; docNumber: string | null },
  units: readonly MatchableUnit[],
): ResponsibleUnitProposal {
  const active = units.filter((unit) => unit.active !== false);
  const code = document.docNumber ? docNumberCode(document.docNumber) : null;
  const byCode = code ? matchDocNumberPrefix(code, active) : null;
  const issuers = document.issuer ? splitIssuers(document.issuer) : [];
  const matched: number[] = [];
  const unmatched: string[] = [];
  for (const issuer of issuers) {
    const unit = matchUnitName(issuer, active);
    if (!unit) unmatched.push(issuer);
    else if (!matched.includes(unit.id)) matched.push(unit.id);
  }
  const lead = byCode ? { unitId: byCode.id, source: 'doc_number' as const }
    : matched.length ? { unitId: matched[0]!, source: 'issuer' as const } : null;
  // A single issuer other than the 机关代字's office is the government issuing what its office drafted, not a joint document.
  const others = issuers.length > 1 ? matched.filter((id) => id !== lead?.unitId) : [];
  return { lead, others, unmatched };
}
