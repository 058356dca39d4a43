import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
import type { WalkedEdge } from '../../domain/meet-in-the-middle.ts';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, type RelationRow, relationMap, toEntityRow, toRelationRow } from './rows.ts';

export interface PathNodeRow extends EntityRow {
  /** Relations of the types walked in the middle of a path, both directions; 0 for the two ends, whose degree the ranking never reads. */
  degree: number;
}

export interface PathRow {
  nodes: PathNodeRow[];
  /** `steps[i]` holds every relation of the walked types that joins `nodes[i]` and `nodes[i + 1]`, with its stored direction. */
  steps: RelationRow[][];
}

export interface PathSearch {
  from: string;
  to: string;
  /** 1..6, validated by the caller. */
  maxHops: number;
  /** Types walked anywhere along a path. */
  types: readonly string[];
  /**
   * Types walked only on a step that touches an end which is a vendor or a category (the derived
   * PROVIDED_BY and IN_CATEGORY: "Amazon SageMaker is provided by Amazon Web Services").
   */
  endTypes: readonly string[];
  /** Candidate paths Neo4j selects, counting each parallel relation apart; 1..100. */
  count: number;
  /** Ids no path may pass through. */
  exclude: readonly string[];
  /** When set, no intermediate node may be a hub: a node of one of these kinds or with at least `degree` relations of the walked types. */
  avoidHubs: { kinds: readonly string[]; degree: number } | null;
}

const checkHopsAndCount = (maxHops: number, count: number) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be an integer from 1 to 6');
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new RangeError('count must be an integer from 1 to 100');
};

/**
 * The hub test inside a search. The total degree comes first: Neo4j keeps it on the node's first
 * relationship record, so it costs one read, while a count by type walks every relationship of the
 * node; only a node with that many relations of any type has its walked types counted. On the
 * 20k-node synthetic graph that cut the candidate search from about 92,000 to 22,000 db hits.
 */
const hubTest = (v: string, degreeTypes: string) =>
  `NOT coalesce(${v}.kind, '') IN $hubKinds AND (COUNT { (${v})--() } < $hubDegree OR COUNT { (${v})${degreeTypes}() } < $hubDegree)`;

/**
 * Rows for the ranking from node lists `ns`: the degree of their intermediate nodes, and for each
 * step every relation between its two nodes, found by Expand(Into) from the less connected one (a
 * pattern comprehension walked every relation of the first node instead: about 9,800 db hits against
 * 750 for Spark to HDFS on the curated graph).
 */
const projection = (walk: string, degreeTypes: string) => `UNWIND range(0, size(ns) - 2) AS i
     WITH ns, i, ns[i] AS s, ns[i + 1] AS t
     MATCH (s)-[q:${walk}]-(t)
     WITH ns, i, collect(${relationMap('q')}) AS step
     WITH ns, collect([i, step]) AS steps
     RETURN [n IN ns | ${entityMap('n')}] AS nodes,
            [n IN ns[1..-1] | COUNT { (n)${degreeTypes}() }] AS degrees,
            steps`;

/** Which relations a walk may use: the middle types anywhere, the end types only on a step touching an end that is a vendor or category. */
const walkTypes = (search: Pick<PathSearch, 'types' | 'endTypes'>) => {
  const middle = whitelistTypes(search.types);
  const endOnly = whitelistTypes(search.endTypes).filter((t) => !middle.includes(t));
  return { middle, endOnly, all: [...middle, ...endOnly] };
};

const degreePattern = (middle: readonly string[]) => (middle.length > 0 ? `-[:${middle.join('|')}]-` : '--');

/** The candidate statement, pure so what reaches Neo4j is testable without one; null when no type is walked. */
export function candidateStatement(search: Pick<PathSearch, 'maxHops' | 'types' | 'endTypes' | 'count' | 'avoidHubs'>): string | null {
  const { maxHops, count } = search;
  checkHopsAndCount(maxHops, count);
  const { middle, endOnly, all } = walkTypes(search);
  if (all.length === 0) return null;
  const walk = all.join('|');
  // A type of the middle set is walked on any step; an end type only on the step that touches an end that is a vendor or category.
  const typeCheck =
    endOnly.length === 0
      ? ''
      : 'AND (type(r) IN $middle OR (type(r) IN $endOnly AND ((x.id = $from AND NOT x:Technology) OR (y.id = $to AND NOT y:Technology))))';
  const degreeTypes = degreePattern(middle);
  const hubCheck = search.avoidHubs ? `AND ${hubTest('y', degreeTypes)}` : '';
  const middleCheck = `(y.id = $to OR (NOT y.id IN $exclude ${hubCheck}))`;
  return `MATCH p = SHORTEST ${count} (
       (a:Entity {id: $from}) ((x:Entity)-[r:${walk}]-(y:Entity) WHERE ${middleCheck} ${typeCheck}){1,${maxHops}} (b:Entity {id: $to})
       WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND x[i] <> b)
     )
     WITH DISTINCT nodes(p) AS ns
     ${projection(walk, degreeTypes)}`;
}

/**
 * The statement for a single answer: every shortest path that avoids excluded nodes (and hubs), at most
 * `count`, by Neo4j's bidirectional breadth-first search (allShortestPaths). The predicate covers
 * every node of the path, so Neo4j checks it during the search and the plan has no exhaustive
 * fallback (EXPLAIN shows a lone ShortestPath operator). It walks `types` only, which is the whole
 * question when both ends are technologies (end types are walked only at a vendor or category).
 */
export function shortestStatement(search: Pick<PathSearch, 'maxHops' | 'types' | 'count' | 'avoidHubs'>): string | null {
  const { maxHops, count } = search;
  checkHopsAndCount(maxHops, count);
  const middle = whitelistTypes(search.types);
  if (middle.length === 0) return null;
  const walk = middle.join('|');
  const hubCheck = search.avoidHubs ? `AND ${hubTest('n', degreePattern(middle))}` : '';
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:${walk}*..${maxHops}]-(b))
     WHERE all(n IN nodes(p) WHERE n = a OR n = b OR (NOT n.id IN $exclude ${hubCheck}))
     WITH p LIMIT ${count}
     WITH DISTINCT nodes(p) AS ns
     ${projection(walk, degreePattern(middle))}`;
}

/** A path's details as a statement (or the path-search procedure) returns them, before `toPathRows`. */
export interface RawPathRow {
  nodes: unknown[];
  degrees: number[];
  steps: Array<[number, unknown[]]>;
}

export const toPathRows = (rows: readonly RawPathRow[]): PathRow[] =>
  rows.map((row) => {
    const steps: RelationRow[][] = [];
    for (const [i, step] of row.steps) steps[Number(i)] = step.map(toRelationRow);
    const last = row.nodes.length - 1;
    return {
      nodes: row.nodes.map((n, i) => ({ ...toEntityRow(n), degree: i === 0 || i === last ? 0 : Number(row.degrees[i - 1] ?? 0) })),
      steps,
    };
  });

const searchParams = (search: PathSearch) => {
  const { middle, endOnly } = walkTypes(search);
  return {
    from: search.from,
    to: search.to,
    middle,
    endOnly,
    exclude: [...search.exclude],
    hubKinds: [...(search.avoidHubs?.kinds ?? [])],
    hubDegree: search.avoidHubs?.degree ?? 0,
  };
};

/** Every shortest path that avoids excluded nodes and, when asked, hubs; see `shortestStatement`. Its `endTypes` are not walked. */
export async function shortestPaths(db: Db, search: PathSearch): Promise<PathRow[]> {
  const statement = shortestStatement(search);
  if (statement === null) return [];
  return toPathRows(await db.read(statement, searchParams(search), { timeoutMs: 10_000 }));
}

/**
 * Candidate simple paths for the ranking in domain/path-ranking.ts when no path avoids the hubs
 * (the search through them, which the bidirectional search does not make): the `count` shortest, up to
 * `maxHops`, walking relations either way, with each node's degree and every parallel relation of
 * each step, so the ranking can score and merge them without another round trip.
 *
 * One `SHORTEST k` (StatefulShortestPath) statement. The predicates inside the quantified pattern
 * run during the search, so excluded nodes and hubs are never expanded: on a graph with a few very
 * connected nodes that keeps the search small as well as the answers relevant. Neo4j 5.26 accepts
 * neither a parameter for SHORTEST's k nor for the hop bound, so both are interpolated, but only as
 * integers checked here; type lists come from the vocabulary whitelist.
 */
export async function candidatePaths(db: Db, search: PathSearch): Promise<PathRow[]> {
  const statement = candidateStatement(search);
  if (statement === null) return [];
  return toPathRows(await db.read(statement, searchParams(search), { timeoutMs: 10_000 }));
}

/**
 * One layer of the bidirectional search (domain/meet-in-the-middle.ts): the neighbours of the
 * frontier a path may pass through (an end, or a node neither excluded nor, when asked, a hub),
 * each pair once and grouped by frontier node, with the neighbour's total degree (one read: Neo4j keeps it with the node). With
 * `into`, only neighbours in `$into`, the other ball, whose nodes passed those tests when it grew.
 */
export function layerStatement(search: Pick<PathSearch, 'types' | 'endTypes' | 'avoidHubs'>, into: boolean): string | null {
  const { middle, endOnly, all } = walkTypes(search);
  if (all.length === 0) return null;
  const typeCheck = endOnly.length === 0 ? '' : 'AND (type(r) IN $middle OR (n.id IN $ends AND NOT n:Technology) OR (m.id IN $ends AND NOT m:Technology))';
  const hubCheck = search.avoidHubs ? `AND ${hubTest('m', degreePattern(middle))}` : '';
  const passable = into ? 'm.id IN $into' : `(m.id IN $ends OR (NOT m.id IN $exclude ${hubCheck}))`;
  return `UNWIND $frontier AS id
     MATCH (n:Entity {id: id})-[r:${all.join('|')}]-(m:Entity)
     WHERE ${passable} ${typeCheck}
     WITH DISTINCT n, m
     RETURN n.id AS from, collect(m.id) AS to, collect(COUNT { (m)--() }) AS degree`;
}

/** The neighbours of `frontier` a path may use; see `layerStatement`. */
export async function pathLayer(db: Db, search: PathSearch, frontier: readonly string[], into: ReadonlySet<string> | null): Promise<WalkedEdge[]> {
  const statement = layerStatement(search, into !== null);
  if (statement === null) return [];
  // One row per frontier node with lists of neighbours: the driver decodes a list far faster than as many rows.
  const rows = await db.read<{ from: string; to: string[]; degree: number[] }>(
    statement,
    { ...searchParams(search), ends: [search.from, search.to], frontier: [...frontier], into: into ? [...into] : [] },
    { timeoutMs: 10_000 },
  );
  return rows.flatMap((row) => row.to.map((to, i) => ({ from: row.from, to, degree: Number(row.degree[i]) })));
}

/** Rows for the ranking from paths given as id sequences: nodes, degrees and every relation of each step; a path whose nodes are gone is left out. */
export async function pathDetails(db: Db, search: Pick<PathSearch, 'types' | 'endTypes'>, paths: readonly string[][]): Promise<PathRow[]> {
  const { middle, all } = walkTypes(search);
  if (all.length === 0 || paths.length === 0) return [];
  // ORDER BY before collect keeps each path's nodes in their order.
  const rows = await db.read<RawPathRow>(
    `UNWIND range(0, size($paths) - 1) AS k
     UNWIND range(0, size($paths[k]) - 1) AS j
     MATCH (n:Entity {id: $paths[k][j]})
     WITH k, j, n ORDER BY k, j
     WITH k, collect(n) AS ns
     WHERE size(ns) = size($paths[k])
     WITH ns
     ${projection(all.join('|'), degreePattern(middle))}`,
    { paths },
    { timeoutMs: 10_000 },
  );
  return toPathRows(rows);
}

export interface SharedRow {
  categories: Array<{ id: string; name: string }>;
  vendors: Array<{ id: string; name: string }>;
  alternatives: Array<{ id: string; name: string }>;
}

/** What two nodes share besides paths: categories, vendor, and things both are alternatives to. */
export async function sharedContext(db: Db, from: string, to: string): Promise<SharedRow> {
  const [row] = await db.read<SharedRow>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     RETURN [(a)-[:IN_CATEGORY]->(c)<-[:IN_CATEGORY]-(b) | c {.id, .name}] AS categories,
            [(a)-[:PROVIDED_BY]->(v)<-[:PROVIDED_BY]-(b) | v {.id, .name}] AS vendors,
            [(a)-[:ALTERNATIVE_TO]-(t)-[:ALTERNATIVE_TO]-(b) WHERE t <> a AND t <> b | t {.id, .name}] AS alternatives`,
    { from, to },
  );
  return row ?? { categories: [], vendors: [], alternatives: [] };
}

/**
 * The length of one shortest path over `types` (hubs and all), or null when none is within
 * `maxHops`. Neo4j answers it with a bidirectional breadth-first search, far cheaper than the
 * candidate search, whose depth it bounds: a path much longer than the shortest is a detour.
 */
export async function shortestLength(
  db: Db,
  search: Pick<PathSearch, 'from' | 'to' | 'maxHops' | 'types' | 'endTypes'>,
): Promise<{ length: number; technologyEnds: boolean } | null> {
  checkHopsAndCount(search.maxHops, 1);
  const types = whitelistTypes([...new Set([...search.types, ...search.endTypes])]);
  if (types.length === 0) return null;
  const [row] = await db.read<{ length: number; technologyEnds: boolean }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${types.join('|')}*..${search.maxHops}]-(b))
     RETURN length(p) AS length, a:Technology AND b:Technology AS technologyEnds`,
    { from: search.from, to: search.to },
    { timeoutMs: 10_000 },
  );
  return row ? { length: Number(row.length), technologyEnds: row.technologyEnds === true } : null;
}
