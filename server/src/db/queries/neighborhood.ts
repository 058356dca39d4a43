import neo4j from 'neo4j-driver';
import type { Db } from '../driver.ts';
import { type Direction, relationPattern } from './patterns.ts';
import { type EntityRow, entityMap, type RelationRow, relationMap, toEntityRow, toRelationRow } from './rows.ts';

export interface Neighbour {
  entity: EntityRow;
  /** Every relation between the expanded node and this neighbour that passed the filter. */
  relations: RelationRow[];
}

export interface ExpandedNode {
  id: string;
  /** Distinct neighbours before the cap. */
  total: number;
  /** At most `limitPerNode` neighbours, best connected first. */
  kept: Neighbour[];
}

/**
 * Expands every node of one level in a single statement: neighbours through the allowed types and
 * direction, best connected first, capped per node so one hub cannot flood the answer (issue 4).
 */
export async function expandLevel(
  db: Db,
  frontier: readonly string[],
  types: readonly string[],
  direction: Direction,
  limitPerNode: number,
): Promise<ExpandedNode[]> {
  if (frontier.length === 0) return [];
  const rows = await db.read<{ id: string; total: number; kept: Array<{ e: unknown; relations: unknown[] }> }>(
    `UNWIND $frontier AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       MATCH ${relationPattern('n', 'r', 'm:Entity', direction)}
       WHERE type(r) IN $types
       WITH m, collect(${relationMap('r')}) AS relations
       WITH m, relations, COUNT { (m)--(:Entity) } AS degree
       ORDER BY degree DESC, toLower(m.name), m.id
       RETURN collect({e: ${entityMap('m')}, relations: relations}) AS neighbours
     }
     RETURN id, size(neighbours) AS total, neighbours[0..$limit] AS kept`,
    { frontier, types, limit: neo4j.int(limitPerNode) },
  );
  return rows.map((r) => ({ id: r.id, total: r.total, kept: r.kept.map((k) => ({ entity: toEntityRow(k.e), relations: k.relations.map(toRelationRow) })) }));
}
