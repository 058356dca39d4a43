import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
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
  /** Fewer shortest paths than this, and longer ones are looked for too; 1..count. */
  enough: number;
}

const checkHopsAndCount = (maxHops: number, count: number) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be an integer from 1 to 6');
  if (!Number.isInteger(count) || count < 1 || count > 60) throw new RangeError('count must be an integer from 1 to 60');
};

const projectPath = `RETURN [n IN nodes(p) | ${entityMap('n')}] AS nodes, [r IN relationships(p) | ${relationMap('r')}] AS relations`;

/** The two statements of a path search; pure, so what reaches Neo4j is testable without one. */
export interface PathStatements {
  /** Every shortest path, by a bidirectional breadth-first search. */
  shortest: string;
  /** The `count` shortest simple paths of any length up to maxHops, when the first gives too few. */
  longer: string;
}

/**
 * Neo4j 5.26 accepts neither a parameter for SHORTEST's k nor for the hop bound, so both are
 * interpolated, but only as integers checked here; the type list comes from the vocabulary whitelist.
 * The WHERE inside the selective pattern runs before selection, so paths through the same node
 * twice never take the place of simple ones. Null when no type is allowed: no path can exist.
 */
export function pathStatements(search: Pick<PathSearch, 'maxHops' | 'types' | 'count'>): PathStatements | null {
  const { maxHops, count } = search;
  checkHopsAndCount(maxHops, count);
  const types = whitelistTypes(search.types).join('|');
  if (types.length === 0) return null;
  return {
    shortest: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[:${types}*..${maxHops}]-(b))
       WITH p LIMIT ${count}
       ${projectPath}`,
    longer: `MATCH p = SHORTEST ${count} (
         (a:Entity {id: $from}) ((x:Entity)-[:${types}]-(y:Entity)){1,${maxHops}} (b:Entity {id: $to})
         WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND x[i] <> b)
       )
       ${projectPath}`,
  };
}

/**
 * Shortest simple paths first, then longer ones, up to `maxHops`, walking relations either way.
 *
 * Two steps, because the two Neo4j operators differ a lot in cost (on the 100k-node synthetic
 * graph p50 about 5 against 20-30 ms). First every shortest path through `allShortestPaths`, which
 * Neo4j runs as a bidirectional breadth-first search (ShortestPath); a shortest path never visits a
 * node twice. Only when that gives fewer than `enough` paths does the second step ask `SHORTEST k`
 * (StatefulShortestPath) for longer ones as well.
 */
export async function shortestPaths(db: Db, search: PathSearch): Promise<PathRow[]> {
  const statements = pathStatements(search);
  if (!statements) return [];
  const params = { from: search.from, to: search.to };
  const toRows = (rows: Array<{ nodes: unknown[]; relations: unknown[] }>) =>
    rows.map((r) => ({ nodes: r.nodes.map(toEntityRow), relations: r.relations.map(toRelationRow) }));
  const shortest = toRows(await db.read<{ nodes: unknown[]; relations: unknown[] }>(statements.shortest, params, { timeoutMs: 10_000 }));
  const shortestLength = shortest[0]?.relations.length ?? search.maxHops;
  if (shortest.length === 0 || shortest.length >= search.enough || shortestLength >= search.maxHops) return shortest;
  return toRows(await db.read<{ nodes: unknown[]; relations: unknown[] }>(statements.longer, params, { timeoutMs: 10_000 }));
}
