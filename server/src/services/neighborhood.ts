import { relationTypeNames } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { expandLevel } from '../db/queries/neighborhood.ts';
import type { Direction } from '../db/queries/patterns.ts';
import type { EntityRow, Projection, RelationRow } from '../db/queries/rows.ts';
import { notFound, shown } from '../errors.ts';

export interface NeighborhoodResult {
  center: EntityRow;
  nodes: EntityRow[];
  relations: RelationRow[];
  omitted: Array<{ nodeId: string; count: number }>;
  omittedTotal: number;
}

export interface NeighborhoodOptions {
  depth: number;
  types: readonly string[] | null;
  direction: Direction;
  limitPerNode: number;
  /** What to read of each node and relation; everything when omitted. */
  projection?: Projection;
}

/**
 * Expands level by level: one statement per level (at most three), the centre read with the first,
 * each node keeping its `limitPerNode` best-connected neighbours and reporting how many it left out.
 */
export async function neighborhoodOf(db: Db, id: string, options: NeighborhoodOptions): Promise<NeighborhoodResult> {
  const types = options.types ?? relationTypeNames;
  const expand = (frontier: readonly string[], known: readonly string[], withSelf: boolean) =>
    expandLevel(db, frontier, types, options.direction, options.limitPerNode, options.projection, known, withSelf);
  // The first level brings the centre along, so depth 1 is a single statement.
  const first = await expand([id], [id], true);
  const center = first[0]?.self;
  if (!center) throw notFound(`No node has the id ${shown(id)}; look the name up with search and use its id.`);
  const nodes = new Map<string, EntityRow>([[center.id, center]]);
  const relations = new Map<string, RelationRow>();
  const omitted: Array<{ nodeId: string; count: number }> = [];
  let expanded = first;
  for (let level = 1; ; level++) {
    const next: string[] = [];
    for (const node of expanded) {
      if (node.total > node.kept.length) omitted.push({ nodeId: node.id, count: node.total - node.kept.length });
      for (const neighbour of node.kept) {
        // A node already in the answer came back as its id only (`known`); the first row stays.
        if (!nodes.has(neighbour.entity.id)) {
          nodes.set(neighbour.entity.id, neighbour.entity);
          next.push(neighbour.entity.id);
        }
        for (const relation of neighbour.relations) relations.set(relation.id, relation);
      }
    }
    if (level >= options.depth || next.length === 0) break;
    expanded = await expand(next, [...nodes.keys()], false);
  }
  return {
    center,
    nodes: [...nodes.values()],
    relations: [...relations.values()],
    omitted,
    omittedTotal: omitted.reduce((sum, o) => sum + o.count, 0),
  };
}
