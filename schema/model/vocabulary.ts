import vocabulary from '../relation-types.json' with { type: 'json' };

/** One entry of schema/relation-types.json, the controlled vocabulary of relation types. */
export interface RelationTypeInfo {
  type: string;
  phrase: string;
  inverse: string;
  symmetric: boolean;
  derived: boolean;
  description: string;
}

export const relationTypes: readonly RelationTypeInfo[] = vocabulary.types;

/** Every relation type name; the only strings ever interpolated into a Cypher pattern. */
export const relationTypeNames: readonly string[] = relationTypes.map((t) => t.type);

/** Types written by the loader from node fields; paths skip them unless asked, they would link everything through vendors. */
export const derivedTypeNames: readonly string[] = relationTypes.filter((t) => t.derived).map((t) => t.type);
export const curatedTypeNames: readonly string[] = relationTypes.filter((t) => !t.derived).map((t) => t.type);

const byName = new Map(relationTypes.map((t) => [t.type, t]));

export function relationTypeInfo(type: string): RelationTypeInfo {
  const info = byName.get(type);
  if (!info) throw new Error(`Unknown relation type ${type}`);
  return info;
}

export const isSymmetric = (type: string) => byName.get(type)?.symmetric ?? false;

/**
 * Returns the given types if every one is in the vocabulary. Callers interpolate the result into
 * Cypher patterns, so this whitelist check is what keeps the pattern safe.
 */
export function whitelistTypes(types: readonly string[]): string[] {
  for (const t of types) if (!byName.has(t)) throw new Error(`Relation type ${t} is not in the vocabulary`);
  return [...new Set(types)];
}
