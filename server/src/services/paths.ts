import { curatedTypeNames, derivedTypeNames, relationTypes } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { candidatePaths, type PathNodeRow, type PathRow, pathDetails, pathLayer, shortestLength, shortestPaths } from '../db/queries/paths.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { explainPath } from '../domain/explain-path.ts';
import { Balls } from '../domain/meet-in-the-middle.ts';
import { answersBound, defaultWeights, type PathStrength, rankPaths } from '../domain/path-ranking.ts';
import { badInput, notFound, shown } from '../errors.ts';

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
  if (from === to) throw badInput(`from and to are both ${shown(from)}; give two different ids to find paths between.`);
  const [a, b] = await entitiesByIds(db, [from, to]);
  const missing = [a ? null : from, b ? null : to].filter((id): id is string => id !== null);
  if (missing.length > 0 || !a || !b)
    throw notFound(`No node has the id ${missing.map((id) => shown(id)).join(' or ')}; look the name up with search and use its id.`);
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
 * The best few paths between two existing nodes, ranked by domain/path-ranking.ts:
 *   1. a bidirectional search (domain/meet-in-the-middle.ts) grows a ball around each end, never
 *      through an excluded node nor, by default, a hub, until the balls meet. Alongside it, Neo4j's
 *      own shortest path through hubs and all bounds the search: no path at all means no answer, and
 *      a path more than two steps longer than that one is a detour;
 *   2. up to `count` shortest paths are picked from the balls, one statement reads their nodes,
 *      degrees and every parallel relation of each step, and the ranking scores them;
 *   3. only when they rank into fewer than `first` answers do the balls grow one layer more, for
 *      paths one step longer, ranked with them (a longer path adds at least a step and an
 *      intermediate node, so it lands within the slack only behind the answers already found).
 * One answer is the best of the shortest paths, which Neo4j's allShortestPaths finds in one
 * statement, fewer round trips than growing the balls. The ranking merges parallel relations and
 * keeps answers that share no intermediate node. Only when no path avoids every hub is a `SHORTEST k`
 * search run through hubs, and those paths are marked `viaHub`.
 */
export async function pathsBetween(db: Db, from: string, to: string, options: PathOptions): Promise<PathResult[]> {
  const avoidHubs = options.avoidHubs !== false;
  const search = {
    from,
    to,
    maxHops: options.maxHops,
    types: options.types ?? curatedTypeNames,
    endTypes: options.types ? [] : derivedTypeNames,
    // Paths of each length: on the panel, more changed no first answer and cost time.
    count: Math.min(100, Math.max(10, options.first * 2)),
    exclude: options.excludeNodes ?? [],
    avoidHubs: avoidHubs ? { kinds: defaultWeights.hubKinds, degree: defaultWeights.hubDegree } : null,
  };
  const rank = (rows: PathRow[]) => rankPaths<PathNodeRow, RelationRow>(rows, { first: options.first, avoidHubs, symmetricTypes });
  const throughHubs = shortestLength(db, search);
  const bound = throughHubs.then((shortest) => (shortest === null ? null : shortest.length + 2));
  // Handled at once, so a search that ends before reading the bound leaves no unhandled rejection.
  bound.catch(() => {});
  // The search through hubs, for when no path avoids them.
  const viaHubs = async () => {
    const limit = await bound;
    if (!avoidHubs || limit === null) return [];
    return rank(await candidatePaths(db, { ...search, maxHops: Math.min(options.maxHops, limit), count: Math.min(100, options.first * 2), avoidHubs: null }));
  };
  let ranked: ReturnType<typeof rank>;
  const shortest = options.first === 1 ? await throughHubs : undefined;
  if (shortest === null) return [];
  // End types are walked only at a vendor or category, which allShortestPaths cannot tell apart.
  if (shortest && (shortest.technologyEnds || search.endTypes.length === 0)) {
    const rows = await shortestPaths(db, { ...search, maxHops: Math.min(options.maxHops, shortest.length + 2) });
    ranked = rows.length > 0 ? rank(rows) : await viaHubs();
  } else {
    // Past the first layer, a derived relation could only reach an end that is a vendor or category.
    const layer = async (frontier: readonly string[], into: ReadonlySet<string> | null) => {
      const fromEnds = frontier.includes(from) || frontier.includes(to);
      const derived = fromEnds || (await throughHubs)?.technologyEnds === false;
      return pathLayer(db, derived ? search : { ...search, endTypes: [] }, frontier, into);
    };
    const balls = new Balls({ from, to, maxHops: options.maxHops, bound }, layer);
    if (await balls.meet()) {
      const shortestOnes = balls.paths(balls.shortest, search.count);
      // Fewer answers possible from the shortest paths than asked (answers share no intermediate
      // node): the longer ones are needed for sure, so their details come in the same statement.
      const surelyLonger = answersBound(shortestOnes) < options.first;
      const longerOnes = async () => {
        const depth = await balls.deepen();
        return depth > balls.shortest ? balls.paths(depth, search.count) : [];
      };
      const early = surelyLonger ? await longerOnes() : [];
      const rows = await pathDetails(db, search, [...shortestOnes, ...early]);
      ranked = rank(rows);
      if (!surelyLonger && ranked.length < options.first) {
        const longer = await longerOnes();
        if (longer.length > 0) ranked = rank([...rows, ...(await pathDetails(db, search, longer))]);
      }
    } else ranked = await viaHubs();
  }
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
