/** The three parts that identify one stored relation: relations are unique per (from, type, to). */
export interface RelationEnds {
  from: string;
  type: string;
  to: string;
}

/**
 * The relation's stable key, `from|TYPE|to`: stored on each relation, used as its id in the API and
 * in the browser. A `|` never appears in an id (ids are slugs) or a type (upper-case words).
 */
export function relationKey({ from, type, to }: RelationEnds): string {
  return `${from}|${type}|${to}`;
}

/** The key read the other way round: the same relation for a symmetric type. */
export function mirroredRelationKey({ from, type, to }: RelationEnds): string {
  return relationKey({ from: to, type, to: from });
}

/** Splits a key made by relationKey; undefined when the text is not one. */
export function parseRelationKey(key: string): RelationEnds | undefined {
  const parts = key.split('|');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return undefined;
  const [from = '', type = '', to = ''] = parts;
  return { from, type, to };
}
