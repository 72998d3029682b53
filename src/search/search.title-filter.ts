import { sql, type SQL } from 'drizzle-orm';
import { documentsTable } from '../documents/documents.table.js';
import { parseQuery, toFtsPhrase } from './search.query.js';

/**
 * The document list's "title or 文号 contains" as search reads it: through the index's title block (title,
 * notice title, 文号 and issuer), folded the same way, so brackets, width and 繁/简 do not matter
 * (`平政发[2019]12号` finds 平政发〔2019〕12号, `行政許可` finds 行政许可). Terms separated by spaces must all
 * occur and `-term` excludes, as in search. A text with nothing searchable in it matches nothing.
 */
export function titleTextCondition(text: string | undefined): SQL | undefined {
  if (!text?.trim()) return undefined;
  const { include, exclude } = parseQuery(text);
  const inTitle = (term: string) => {
    const phrase = toFtsPhrase(term);
    return phrase === null ? null : `title : (${phrase})`;
  };
  const required = include.map(inTitle);
  if (required.length === 0 || required.some((expression) => expression === null)) return sql`0`;
  const excluded = exclude.map(inTitle).filter((expression): expression is string => expression !== null);
  const expression = `(${required.join(' AND ')})${excluded.map((e) => ` NOT (${e})`).join('')}`;
  return sql`${documentsTable.id} in (select rowid from search_index where search_index match ${expression})`;
}
