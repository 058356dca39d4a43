import { curatedTypeNames, derivedTypeNames, relationTypes } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { candidatePaths, type PathNodeRow, type PathRow, shortestLength, shortestPaths } from '../db/queries/paths.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { explainPath } from '../domain/explain-path.ts';
import { defaultWeights, type PathStrength, rankPaths } from '../domain/path-ranking.ts';
import { badInput, notFound } from '../errors.ts';

export interface PathResult {
  length: number;
  nodes: EntityRow[];
  /** One relation per step, the most specific one: `relations[i]` joins `nodes[i]` and `nodes[i + 1]`. */
  relations: RelationRow[];
  /** Every relation of each step: parallel relations between the same two nodes make one step. */
  steps: RelationRow[][];
  summary: string;
  explanation: string;
  /** In (0, 1], higher is better; see domain/path-ranking.ts. */
  score: number;
  strength: PathStrength;
  viaHub: boolean;
}

export interface PathOptions {
  maxHops: number;
  /**
   * null: every curated type, plus the derived PROVIDED_BY and IN_CATEGORY on a step that reaches
   * an end which is a vendor or a category. A list: exactly those types, anywhere.
   */
  types: readonly string[] | null;
  first: number;
  /** Hubs (languages and very connected nodes) only when nothing else connects. @default true */
  avoidHubs?: boolean;
  /** Ids no path may pass through. */
  excludeNodes?: readonly string[];
}

/** Checks both ends exist, so an unknown id is a clear NOT_FOUND rather than an empty list. */
export async function requireEndpoints(db: Db, from: string, to: string, exclude: readonly string[] = []): Promise<[EntityRow, EntityRow]> {
  if (from === to) throw badInput(`from and to are both "${from}"; give two different ids to find paths between.`);
  const [a, b] = await entitiesByIds(db, [from, to]);
  const missing = [a ? null : from, b ? null : to].filter((id): id is string => id !== null);
  if (missing.length > 0 || !a || !b)
    throw notFound(`No node has the id ${missing.map((id) => `"${id}"`).join(' or ')}; look the name up with search and use its id.`);
  checkExcluded([a, b], exclude);
  return [a, b];
}

/** Refuses to exclude an end of the path; names the end rather than its id. */
export function checkExcluded(ends: readonly EntityRow[], exclude: readonly string[]): void {
  const end = ends.find((e) => exclude.includes(e.id));
  if (end) throw badInput(`${end.name} is an end of the path, so it cannot be excluded; remove it from excludeNodes.`);
}

const symmetricTypes = new Set(relationTypes.filter((t) => t.symmetric).map((t) => t.type));
const typeOrder = (r: RelationRow) => defaultWeights.typeCost[r.type] ?? 9;

/**
 * The best few paths between two existing nodes, ranked by domain/path-ranking.ts, in at most
 * three cheap-to-dear steps:
 *   1. the length of one shortest path (a bidirectional search, hubs and all): none means no answer,
 *      and paths more than two steps longer are detours, so no step below looks further;
 *   2. for two technology ends, every shortest path that avoids hubs and excluded nodes, again by a
 *      bidirectional search; when that ranks into `first` answers, they are the answer. None at all
 *      means no path avoids the hubs, so step 3 is skipped for the search through hubs;
 *   3. otherwise a bounded set of the shortest simple paths (`SHORTEST k`), which also finds the
 *      longer, more specific paths a short list needs: one step deeper than step 2's paths when it
 *      found some, else up to the depth of step 1.
 * The ranking scores the candidates, merges parallel relations and keeps answers that share no
 * intermediate node. Only when no path avoids every hub is the search repeated through hubs, and
 * those paths are marked `viaHub`.
 */
export async function pathsBetween(db: Db, from: string, to: string, options: PathOptions): Promise<PathResult[]> {
  const avoidHubs = options.avoidHubs !== false;
  const search = {
    from,
    to,
    maxHops: options.maxHops,
    types: options.types ?? curatedTypeNames,
    endTypes: options.types ? [] : derivedTypeNames,
    // Two candidates per answer (parallel relations count apart): on the panel, more changed no first
    // answer and doubled the time of the search.
    count: Math.min(100, Math.max(10, options.first * 2)),
    exclude: options.excludeNodes ?? [],
  };
  const shortest = await shortestLength(db, search);
  if (shortest === null) return [];
  search.maxHops = Math.min(options.maxHops, shortest.length + 2);
  const hubs = avoidHubs ? { kinds: defaultWeights.hubKinds, degree: defaultWeights.hubDegree } : null;
  const rank = (rows: PathRow[]) => rankPaths<PathNodeRow, RelationRow>(rows, { first: options.first, avoidHubs, symmetricTypes });
  let ranked: ReturnType<typeof rank> = [];
  let rows: PathRow[] = [];
  let noneAvoidHubs = false;
  if (shortest.technologyEnds || search.endTypes.length === 0) {
    rows = await shortestPaths(db, { ...search, avoidHubs: hubs });
    ranked = rank(rows);
    noneAvoidHubs = rows.length === 0;
  }
  if (ranked.length < options.first && !noneAvoidHubs) {
    // One step past the shortest paths step 2 found: each further step adds at least stepCost plus the
    // cheapest type and another intermediate node, so a path two steps longer lands within the slack
    // only behind the answers already found, and on a large graph that extra depth multiplies the search.
    const depth = rows.length > 0 ? Math.min(search.maxHops, Math.min(...rows.map((row) => row.steps.length)) + 1) : search.maxHops;
    rows = [...rows, ...(await candidatePaths(db, { ...search, maxHops: depth, avoidHubs: hubs }))];
    ranked = rank(rows);
  }
  if (rows.length === 0 && avoidHubs) ranked = rank(await candidatePaths(db, { ...search, count: Math.min(100, options.first * 2), avoidHubs: null }));
  return ranked.map((path) => {
    const steps = path.steps.map((step) => [...step].sort((a, b) => typeOrder(a) - typeOrder(b) || a.type.localeCompare(b.type)));
    const nodes = path.nodes.map(({ degree: _degree, ...node }) => node);
    return {
      length: steps.length,
      nodes,
      relations: steps.map((step) => step[0]!),
      steps,
      ...explainPath(nodes, steps),
      score: path.score,
      strength: path.strength,
      viaHub: path.viaHub,
    };
  });
}
