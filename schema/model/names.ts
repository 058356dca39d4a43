/**
 * Name form used for exact matching: case, spaces, hyphens and underscores ignored, so "big query",
 * "Big-Query" and "BigQuery" are the same name. Other punctuation stays: "C++" is not "C".
 */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, '');
}

/** Every key a node answers to by exact name: its name's and its aliases', without repeats (stored as `nameKeys`). */
export function nameKeysOf(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeName))];
}
