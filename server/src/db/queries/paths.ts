import { whitelistTypes } from '../../vocabulary.ts';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, type RelationRow, relationMap, toEntityRow, toRelationRow } from './rows.ts';

export interface PathRow {
  nodes: EntityRow[];
  /** `relations[i]` joins `nodes[i]` and `nodes[i + 1]`, with its stored direction. */
  relations: RelationRow[];
}

export interface PathSearch {
  from: string;
  to: string;
  /** 1..6, validated by the caller. */
  maxHops: number;
  types: readonly string[];
  /** How many paths to ask Neo4j for, 1..60. */
  count: number;
}

/**
 * Shortest simple paths first, then longer ones, up to `maxHops`, walking relations either way.
 * Neo4j 5.26 accepts neither a parameter for SHORTEST's k nor for the hop bound, so both are
 * interpolated, but only as integers checked here; the type list comes from the vocabulary whitelist.
 * The WHERE inside the selective pattern runs before selection, so paths through the same node
 * twice never take the place of simple ones.
 */
export async function shortestPaths(db: Db, search: PathSearch): Promise<PathRow[]> {
  const { maxHops, count } = search;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be an integer from 1 to 6');
  if (!Number.isInteger(count) || count < 1 || count > 60) throw new RangeError('count must be an integer from 1 to 60');
  const types = whitelistTypes(search.types);
  if (types.length === 0) return [];
  const rows = await db.read<{ nodes: unknown[]; relations: unknown[] }>(
    `MATCH p = SHORTEST ${count} (
       (a:Entity {id: $from}) ((x:Entity)-[:${types.join('|')}]-(y:Entity)){1,${maxHops}} (b:Entity {id: $to})
       WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND x[i] <> b)
     )
     RETURN [n IN nodes(p) | ${entityMap('n')}] AS nodes, [r IN relationships(p) | ${relationMap('r')}] AS relations`,
    { from: search.from, to: search.to },
    { timeoutMs: 10_000 },
  );
  return rows.map((r) => ({ nodes: r.nodes.map(toEntityRow), relations: r.relations.map(toRelationRow) }));
}
