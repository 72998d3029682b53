import type { UnitRow } from '../units/units.table.js';

/**
 * A responsible unit chosen from the managed list (the option's value is the unit's name, which the API
 * matches to the unit). A unit already recorded stays offered even when deactivated, or when the list lacks
 * it (a name kept from before the list), so saving other fields never changes it.
 */
export function UnitSelect({ name, selected, units, label }: { name: string; selected: string | null; units: UnitRow[]; label?: string }) {
  const offered = units.filter((unit) => unit.active || unit.name === selected);
  const known = selected === null || offered.some((unit) => unit.name === selected);
  return (
    <select name={name} aria-label={label}>
      <option value="">未明确</option>
      {!known && <option value={selected!} selected>{selected}（不在单位列表中）</option>}
      {offered.map((unit) => <option value={unit.name} selected={unit.name === selected}>{unit.name}</option>)}
    </select>
  );
}
