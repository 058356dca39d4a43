import neo4j from 'neo4j-driver';
import { relationKey } from '../../../../schema/model/relation-key.ts';
import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
import type { Db } from '../driver.ts';
import { type Direction, relationPattern } from './patterns.ts';
import { type EntityRow, entityMap, fullProjection, markPartial, type Projection, type RelationRow, toEntityRow, toRelationRow } from './rows.ts';

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
  /** The expanded node itself, when asked for with `withSelf`. */
  self?: EntityRow;
}

/** What shapes the expansion statement; the values (frontier, known ids, limit) are parameters. */
export interface ExpandShape {
  types: readonly string[];
  direction: Direction;
  projection?: Projection;
  withSelf?: boolean;
}

/**
 * The statement that expands one level; pure, so what reaches Neo4j is testable without one.
 *
 * What it reads was cut down under PROFILE: the types go into the pattern, so Neo4j only walks
 * relationships of those types; the degree is `COUNT { (m)--() }`, which Neo4j answers from the
 * node's relationship counts (GetDegree); ties are broken by id, read once for the sort and cached;
 * only the kept neighbours are projected, with only the properties `projection` asks for; and a
 * relation's ends come from comparing its start node with `n`, not from reading both ends.
 */
export function expandStatement({ types, direction, projection = fullProjection, withSelf = false }: ExpandShape): string {
  const allowed = whitelistTypes(types);
  const relationFields = projection.relation.map((p) => `, ${p}: r.${p}`).join('');
  // No allowed type matches nothing; the pattern still needs one, so a type no relation has stands in.
  const pattern = relationPattern('n', `r:${allowed.length > 0 ? allowed.join('|') : '`techgraph no type`'}`, 'm', direction);
  return `UNWIND $frontier AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       MATCH ${pattern}
       WITH m, collect(r) AS rs
       WITH m, rs, COUNT { (m)--() } AS degree
       ORDER BY degree DESC, m.id
       RETURN collect({m: m, rs: rs}) AS ranked
     }
     CALL (n, ranked) {
       UNWIND ranked[0..$limit] AS best
       WITH best.m AS m, best.rs AS rs
       RETURN collect({
         e: CASE WHEN m.id IN $known THEN {id: m.id} ELSE ${entityMap('m', projection.entity)} END,
         relations: [r IN rs | {type: type(r), out: startNode(r) = n${relationFields}}]
       }) AS kept
     }
     RETURN id, size(ranked) AS total, kept${withSelf ? `, ${entityMap('n', projection.entity)} AS self` : ''}`;
}

/**
 * Expands every node of one level in a single statement: neighbours through the allowed types and
 * direction, best connected first, capped per node so one hub cannot flood the answer. Nodes in
 * `known` (already in the answer) come back with their id only. With `withSelf`, each expanded node
 * comes back too (the centre, so a depth-1 neighbourhood is one statement). Every frontier node that
 * exists gets a row, also when nothing passes the filter.
 */
export async function expandLevel(
  db: Db,
  frontier: readonly string[],
  types: readonly string[],
  direction: Direction,
  limitPerNode: number,
  projection: Projection = fullProjection,
  known: readonly string[] = [],
  withSelf = false,
): Promise<ExpandedNode[]> {
  const rows = await db.read<{ id: string; total: number; kept: Array<{ e: unknown; relations: Array<Record<string, unknown>> }>; self?: unknown }>(
    expandStatement({ types, direction, projection, withSelf }),
    { frontier, known, limit: neo4j.int(limitPerNode) },
  );
  return rows.map((row) => ({
    id: row.id,
    total: row.total,
    ...(row.self !== undefined && { self: markPartial(toEntityRow(row.self), projection.entity) }),
    kept: row.kept.map((k) => {
      const entity = markPartial(toEntityRow(k.e), projection.entity);
      return {
        entity,
        relations: k.relations.map((r) => {
          const [fromId, toId] = r.out ? [row.id, entity.id] : [entity.id, row.id];
          return toRelationRow({ ...r, id: relationKey({ from: fromId, type: String(r.type), to: toId }), fromId, toId });
        }),
      };
    }),
  }));
}
