import { stringify } from 'csv-stringify/sync';

/** A cell that Excel would take for a formula (=, +, -, @ first) is kept as text (OWASP CSV injection). */
export function csvSafe(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A table as CSV for Excel and WPS: UTF-8 with a BOM (so the Chinese reads right), CRLF, formula-like cells defused. */
export function toCsv(header: string[], rows: (string | number)[][]): Buffer {
  const body = stringify([header.map(csvSafe), ...rows.map((row) => row.map(csvSafe))], { record_delimiter: 'windows' });
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(body, 'utf8')]);
}
