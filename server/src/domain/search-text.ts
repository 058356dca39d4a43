/** Characters with a meaning in Lucene's query syntax; each is escaped with a backslash. */
const luceneSpecials = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters and neutralises the AND/OR/NOT operators, so any text is a valid query. */
export function escapeLucene(text: string): string {
  return text.replace(luceneSpecials, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}

/**
 * A query for the keyword-analysed `entity_name_keys` index that matches any of `keys` exactly.
 * Each key is a quoted phrase, which the keyword analyzer keeps whole, so only `"` and `\` need escaping.
 */
export function nameKeysQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${k.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' OR ');
}

/** Words as the full-text analyzer sees them: letters and digits, lowercased. */
export function searchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * Longest word put into the query. Lucene refuses a typo-tolerant term of about a thousand characters
 * ("input automaton is too large"), and no name or alias is longer than 80, so the rest is dropped.
 */
const maxTermLength = 64;

/** Tokens this long or longer also match with one typo; shorter ones would match too much. */
const fuzzyMinLength = 4;

/**
 * Where the typo-tolerant and run-together clauses look: names and aliases. A one-typo match inside a
 * description is mostly noise, and over the description words of a large graph it was the slowest
 * clause of the query.
 */
const nameFields = ['name', 'aliasText'] as const;

/**
 * Exact word weighs most, then a prefix, then a one-typo match. `scope` 'all' looks for the exact word
 * and the prefix in descriptions too; 'names' keeps every clause to names and aliases.
 */
function termClauses(token: string, boost: number, scope: 'all' | 'names'): string[] {
  const term = escapeLucene(token);
  const inNames = (clause: string) => nameFields.map((field) => `${field}:${clause}`);
  const plain = [`${term}^${3 * boost}`, `${term}*^${boost}`];
  const clauses = scope === 'all' ? plain : plain.flatMap(inNames);
  if (token.length >= fuzzyMinLength) clauses.push(...inNames(`${term}~1^${boost}`));
  return clauses;
}

/**
 * The forgiving full-text query for a search box: each word exactly and as a prefix anywhere, with one
 * typo (when long enough) in names and aliases, plus all words run together in names and aliases so
 * "big query" finds "BigQuery". Returns null when the text has no searchable word.
 */
export function buildLuceneQuery(text: string): string | null {
  const tokens = searchTokens(text)
    .slice(0, 12)
    .map((t) => t.slice(0, maxTermLength));
  if (tokens.length === 0) return null;
  const clauses = tokens.flatMap((t) => termClauses(t, 1, 'all'));
  if (tokens.length > 1) clauses.push(...termClauses(tokens.join('').slice(0, maxTermLength), 2, 'names'));
  return clauses.join(' OR ');
}
