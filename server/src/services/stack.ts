import { curatedTypeNames, relationTypeInfo } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { memberPairPaths, relationsAmong, sharedCategories } from '../db/queries/stack.ts';
import { pickPairPaths } from '../domain/stack-paths.ts';
import { describeStack } from '../domain/stack-summary.ts';
import { steinerTree } from '../domain/steiner.ts';
import { requireTechnologies } from './stack-members.ts';

export interface StackOverlap {
  a: EntityRow;
  b: EntityRow;
  reason: string;
}

export interface StackResult {
  members: EntityRow[];
  relations: RelationRow[];
  connectors: EntityRow[];
  overlaps: StackOverlap[];
  isolated: EntityRow[];
  summary: string;
}

/** "No path within 3 steps" makes a member isolated; connectors are looked for within the same bound. */
export const stackMaxHops = 3;

/**
 * Language links (written in, offers an API in) would join almost any two members through Java or
 * Python, which says nothing about how a stack runs together, so the stack walks every other curated type.
 */
export const stackTypes = curatedTypeNames.filter((t) => t !== 'WRITTEN_IN' && t !== 'OFFERS_API_IN');

/** Pairs linked this way complement each other (one hosts, contains or runs the other), so sharing a category is not redundancy. */
const complementary = new Set(['PART_OF', 'MANAGED_VERSION_OF', 'BUILT_ON', 'RUNS_ON']);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function findOverlaps(members: readonly EntityRow[], relations: readonly RelationRow[], categories: Awaited<ReturnType<typeof sharedCategories>>) {
  const byId = new Map(members.map((m) => [m.id, m]));
  const overlaps = new Map<string, StackOverlap>();
  const linked = new Set<string>();
  for (const r of relations) {
    const [a, b] = [byId.get(r.fromId), byId.get(r.toId)];
    if (!a || !b) continue;
    if (complementary.has(r.type)) linked.add(pairKey(a.id, b.id));
    if (r.type === 'ALTERNATIVE_TO' && !overlaps.has(pairKey(a.id, b.id)))
      overlaps.set(pairKey(a.id, b.id), { a, b, reason: `${a.name} and ${b.name} are recorded as alternatives: ${r.note}` });
    if (r.type === 'UPGRADE_OF' && !overlaps.has(pairKey(a.id, b.id)))
      overlaps.set(pairKey(a.id, b.id), { a, b, reason: `${a.name} is an upgrade of ${b.name}, built for the same job: ${r.note}` });
  }
  // Same job: every category one of them is listed under, the other is listed under too (Kafka, a
  // broker that also streams, and Spark, an engine that also streams, share one category but not a job).
  for (const c of categories) {
    const [a, b] = [byId.get(c.a), byId.get(c.b)];
    if (!a || !b || overlaps.has(pairKey(a.id, b.id)) || linked.has(pairKey(a.id, b.id))) continue;
    if (c.categories.length < Math.min(c.aCount, c.bCount)) continue;
    const names = c.categories.join(', ');
    overlaps.set(pairKey(a.id, b.id), { a, b, reason: `${a.name} and ${b.name} are both listed under ${names}, so part of what they do may be the same.` });
  }
  const order = (o: StackOverlap) => members.indexOf(o.a) * members.length + members.indexOf(o.b);
  return [...overlaps.values()].sort((p, q) => Number(p.reason.includes('listed under')) - Number(q.reason.includes('listed under')) || order(p) - order(q));
}

/** How the members of a stack fit together: connectors, relations, overlaps, isolated members and a summary. */
export async function analyseStack(db: Db, ids: readonly string[]): Promise<StackResult> {
  const members = await requireTechnologies(db, ids);
  const memberIds = members.map((m) => m.id);
  const [candidates, categories] = await Promise.all([memberPairPaths(db, memberIds, stackTypes, stackMaxHops, 8), sharedCategories(db, memberIds)]);
  const tree = steinerTree(memberIds, pickPairPaths(candidates, memberIds));
  const connectors = (await entitiesByIds(db, tree.connectors)).filter((row): row is EntityRow => row !== null);
  const relations = await relationsAmong(db, [...memberIds, ...tree.connectors], stackTypes);

  const names = new Map([...members, ...connectors].map((e) => [e.id, e.name]));
  const onTree = new Set(tree.edges.map(([x, y]) => pairKey(x, y)));
  const links = relations
    .filter((r) => onTree.delete(pairKey(r.fromId, r.toId)))
    .map((r) => `${names.get(r.fromId)} ${relationTypeInfo(r.type).phrase} ${names.get(r.toId)}`);
  const overlaps = findOverlaps(members, relations, categories);
  const isolated = members.filter((m) => tree.isolated.includes(m.id));
  const summary = describeStack({
    members: members.map((m) => m.name),
    connectors: connectors.map((c) => c.name),
    links,
    overlaps: overlaps.map((o) => ({ a: o.a.name, b: o.b.name })),
    isolated: isolated.map((m) => m.name),
    maxHops: stackMaxHops,
  });
  return { members, relations, connectors, overlaps, isolated, summary };
}
