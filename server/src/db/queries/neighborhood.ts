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
  // Degree by COUNT { (m)--() }, which Neo4j answers from the node's relationship counts (GetDegree)
  // rather than by walking every relationship; every relationship joins two entities anyway. The
  // capped neighbours are projected after the cut, so left-out ones cost no property reads (issue 6).
  const rows = await db.read<{ id: string; total: number; kept: Array<{ e: unknown; relations: unknown[] }> }>(
    `UNWIND $frontier AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       MATCH ${relationPattern('n', 'r', 'm:Entity', direction)}
       WHERE type(r) IN $types
       WITH m, collect(r) AS rs
       WITH m, rs, COUNT { (m)--() } AS degree
       ORDER BY degree DESC, toLower(m.name), m.id
       WITH collect({m: m, rs: rs}) AS ranked
       UNWIND ranked[0..$limit] AS best
       WITH size(ranked) AS total, best.m AS m, best.rs AS rs
       RETURN total, collect({e: ${entityMap('m')}, relations: [r IN rs | ${relationMap('r')}]}) AS kept
     }
     RETURN id, total, kept`,
    { frontier, types, limit: neo4j.int(limitPerNode) },
  );
  return rows.map((r) => ({ id: r.id, total: r.total, kept: r.kept.map((k) => ({ entity: toEntityRow(k.e), relations: k.relations.map(toRelationRow) })) }));
}
