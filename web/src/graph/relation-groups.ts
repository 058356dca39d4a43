import type { RelationTypeInfo } from '../api/graph-queries.ts';
import { humanType } from './relation-styles.ts';

export interface RelationLike {
  id: string;
  type: RelationTypeInfo['type'];
  fromId: string;
  toId: string;
  note: string;
  source: string;
  symmetric: boolean;
  from: { id: string; name: string; kind: string };
  to: { id: string; name: string; kind: string };
}

export interface RelationGroup {
  key: string;
  type: RelationTypeInfo['type'];
  /** How the relations read from the inspected node: "runs on", "is part of", "includes". */
  heading: string;
  items: { relationId: string; other: { id: string; name: string; kind: string }; note: string; source: string; outgoing: boolean }[];
}

/**
 * The relations of one node grouped by type and direction, each read from that node's side
 * (outgoing use the phrase, incoming the inverse), in vocabulary order.
 */
export function groupRelations(nodeId: string, relations: readonly RelationLike[], vocabulary: readonly RelationTypeInfo[]): RelationGroup[] {
  const order = new Map(vocabulary.map((t, i) => [t.type, i]));
  const info = new Map(vocabulary.map((t) => [t.type, t]));
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const outgoing = relation.fromId === nodeId || relation.symmetric;
    const other = relation.fromId === nodeId ? relation.to : relation.from;
    const key = `${relation.type}:${outgoing ? 'out' : 'in'}`;
    const type = info.get(relation.type);
    const heading = outgoing ? (type?.phrase ?? humanType(relation.type)) : (type?.inverse ?? `${humanType(relation.type)} (incoming)`);
    const group = groups.get(key) ?? { key, type: relation.type, heading, items: [] };
    group.items.push({ relationId: relation.id, other, note: relation.note, source: relation.source, outgoing });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.other.name.localeCompare(b.other.name)) }))
    .sort((a, b) => (order.get(a.type) ?? 99) - (order.get(b.type) ?? 99) || Number(a.key.endsWith(':in')) - Number(b.key.endsWith(':in')));
}
