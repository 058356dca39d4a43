import neo4j from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JS values: Integers into numbers, temporals into ISO
 * strings, nodes and relationships into their properties. The one place this conversion happens.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain((value as { properties: unknown }).properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
