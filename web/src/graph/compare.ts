import type { RelationLike } from './relation-groups.ts';

export interface ComparedRelation {
  key: string;
  type: RelationLike['type'];
  outgoing: boolean;
  other: { id: string; name: string };
  notes: string[];
}

export interface Comparison {
  shared: ComparedRelation[];
  onlyA: ComparedRelation[];
  onlyB: ComparedRelation[];
  /** Relations between the two technologies themselves. */
  between: RelationLike[];
}

function keyed(selfId: string, otherId: string, relations: readonly RelationLike[]): Map<string, ComparedRelation> {
  const map = new Map<string, ComparedRelation>();
  for (const r of relations) {
    const outgoing = r.fromId === selfId || r.symmetric;
    const other = r.fromId === selfId ? r.to : r.from;
    if (other.id === otherId) continue;
    const key = `${r.type}:${outgoing ? 'out' : 'in'}:${other.id}`;
    map.set(key, { key, type: r.type, outgoing, other: { id: other.id, name: other.name }, notes: [r.note] });
  }
  return map;
}

const byTypeThenName = (a: ComparedRelation, b: ComparedRelation) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name);

/** Which relations two technologies share (same type, direction and other end) and which are their own. */
export function compareRelations(a: { id: string; relations: readonly RelationLike[] }, b: { id: string; relations: readonly RelationLike[] }): Comparison {
  const left = keyed(a.id, b.id, a.relations);
  const right = keyed(b.id, a.id, b.relations);
  const shared: ComparedRelation[] = [];
  const onlyA: ComparedRelation[] = [];
  for (const [key, relation] of left) {
    const match = right.get(key);
    if (match) shared.push({ ...relation, notes: [...relation.notes, ...match.notes] });
    else onlyA.push(relation);
  }
  const onlyB = [...right].filter(([key]) => !left.has(key)).map(([, r]) => r);
  const between = a.relations.filter((r) => r.fromId === b.id || r.toId === b.id);
  return { shared: shared.sort(byTypeThenName), onlyA: onlyA.sort(byTypeThenName), onlyB: onlyB.sort(byTypeThenName), between };
}
