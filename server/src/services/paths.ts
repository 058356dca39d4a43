import { curatedTypeNames, derivedTypeNames, relationTypes } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { hasPathProcedure, procedureSearch } from '../db/queries/path-procedure.ts';
import { candidatePaths, type PathNodeRow, type PathRow, type PathSearch, pathDetails, pathLayer, shortestLength, shortestPaths } from '../db/queries/paths.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { explainPath } from '../domain/explain-path.ts';
import { Balls } from '../domain/meet-in-the-middle.ts';
import { answersBound, defaultWeights, type PathStrength, type RankedPath, rankPaths } from '../domain/path-ranking.ts';
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

/** Candidate paths as id sequences, from whichever search the database allows. */
export interface PathCandidates {
  /** Steps of a shortest path through hubs and all; null when no path is within maxHops. */
  throughHubs: number | null;
  /** Up to `count` shortest paths avoiding excluded nodes and (when asked) hubs, at most `throughHubs + 2` long; null when none. */
  shortest: string[][] | null;
  /** Up to `count` paths one step longer than those, within the same bounds. */
  longer: () => Promise<string[][]>;
  /** What the ranking reads of some of these paths: already read with them by the procedure, else one statement. */
  details: (paths: readonly string[][]) => Promise<PathRow[]>;
}

const pathKey = (ids: readonly string[]) => ids.join('\u0000');

/**
 * The candidates in one call of the bundled Neo4j's `techgraph.pathSearch` procedure, or, on a
 * Neo4j without it, by the bidirectional search (domain/meet-in-the-middle.ts) a statement per
 * layer, alongside Neo4j's own shortest path through hubs, which bounds it: no path at all means no
 * answer, and a path more than two steps longer than that one is a detour. Both give the same paths.
 */
export async function pathCandidates(db: Db, search: PathSearch, { longer: wantLonger = true } = {}): Promise<PathCandidates> {
  const found = await procedureSearch(db, search, wantLonger);
  if (found) {
    const rows = new Map<string, PathRow>();
    const keep = (paths: readonly string[][], details: readonly PathRow[]) => {
      paths.forEach((ids, i) => {
        rows.set(pathKey(ids), details[i]!);
      });
    };
    keep(found.shortestPaths, found.shortestRows);
    keep(found.longerPaths, found.longerRows);
    // Not asked for at first: one more call lists them, should the ranking need them after all.
    let longer: Promise<string[][]> | undefined = wantLonger ? Promise.resolve(found.longerPaths) : undefined;
    return {
      throughHubs: found.throughHubs,
      shortest: found.shortest === null ? null : found.shortestPaths,
      longer: () => {
        longer ??= procedureSearch(db, search, true).then((again) => {
          if (!again) return [];
          keep(again.longerPaths, again.longerRows);
          return again.longerPaths;
        });
        return longer;
      },
      details: async (paths) => paths.flatMap((ids) => rows.get(pathKey(ids)) ?? []),
    };
  }
  const { from, to } = search;
  const throughHubs = shortestLength(db, search);
  const bound = throughHubs.then((shortest) => (shortest === null ? null : shortest.length + 2));
  // Handled at once, so a search that ends before reading the bound leaves no unhandled rejection.
  bound.catch(() => {});
  // Past the first layer, a derived relation could only reach an end that is a vendor or category.
  const layer = async (frontier: readonly string[], into: ReadonlySet<string> | null) => {
    const fromEnds = frontier.includes(from) || frontier.includes(to);
    const derived = fromEnds || (await throughHubs)?.technologyEnds === false;
    return pathLayer(db, derived ? search : { ...search, endTypes: [] }, frontier, into);
  };
  const balls = new Balls({ from, to, maxHops: search.maxHops, bound }, layer);
  const met = await balls.meet();
  return {
    throughHubs: (await throughHubs)?.length ?? null,
    shortest: met ? balls.paths(balls.shortest, search.count) : null,
    longer: async () => {
      const depth = await balls.deepen();
      return depth > balls.shortest ? balls.paths(depth, search.count) : [];
    },
    details: (paths) => pathDetails(db, search, paths),
  };
}

/**
 * One answer on a Neo4j without the procedure: the best of the shortest paths, which Neo4j's
 * allShortestPaths finds in one statement, fewer round trips than growing the balls. Undefined when
 * an end is a vendor or category (allShortestPaths cannot walk end types at the ends only).
 */
async function singleAnswer(db: Db, search: PathSearch, rank: (rows: PathRow[]) => RankedPaths, viaHubs: (limit: number) => Promise<RankedPaths>) {
  const shortest = await shortestLength(db, search);
  if (shortest === null) return [];
  if (!shortest.technologyEnds && search.endTypes.length > 0) return undefined;
  const rows = await shortestPaths(db, { ...search, maxHops: Math.min(search.maxHops, shortest.length + 2) });
  return rows.length > 0 ? rank(rows) : viaHubs(shortest.length + 2);
}

type RankedPaths = RankedPath<PathNodeRow, RelationRow>[];

/**
 * The best few paths between two existing nodes, ranked by domain/path-ranking.ts:
 *   1. the candidates (`pathCandidates`): up to `count` shortest paths that pass through no
 *      excluded node nor, by default, a hub;
 *   2. their nodes, degrees and every parallel relation of each step are read (by the procedure in
 *      the same call, else in one statement), and the ranking scores them;
 *   3. only when they rank into fewer than `first` answers are the paths one step longer read and
 *      ranked with them (a longer path adds at least a step and an intermediate node, so it lands
 *      within the slack only behind the answers already found).
 * The ranking merges parallel relations and keeps answers that share no intermediate node. Only
 * when no path avoids every hub is a `SHORTEST k` search run through hubs, and those paths are
 * marked `viaHub`.
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
  // The search through hubs, for when no path avoids them.
  const viaHubs = async (limit: number) => {
    if (!avoidHubs) return [];
    return rank(await candidatePaths(db, { ...search, maxHops: Math.min(options.maxHops, limit), count: Math.min(100, options.first * 2), avoidHubs: null }));
  };
  let ranked = options.first === 1 && !(await hasPathProcedure(db)) ? await singleAnswer(db, search, rank, viaHubs) : undefined;
  if (!ranked) {
    // One answer never needs the longer paths: the shortest ones always rank into at least one.
    const candidates = await pathCandidates(db, search, { longer: options.first > 1 });
    const shortestOnes = candidates.shortest;
    if (candidates.throughHubs === null) return [];
    if (shortestOnes === null) ranked = await viaHubs(candidates.throughHubs + 2);
    else {
      // Fewer answers possible from the shortest paths than asked (answers share no intermediate
      // node): the longer ones are needed for sure, so their details come in the same statement.
      const surelyLonger = answersBound(shortestOnes) < options.first;
      const early = surelyLonger ? await candidates.longer() : [];
      const rows = await candidates.details([...shortestOnes, ...early]);
      ranked = rank(rows);
      if (!surelyLonger && ranked.length < options.first) {
        const longer = await candidates.longer();
        if (longer.length > 0) ranked = rank([...rows, ...(await candidates.details(longer))]);
      }
    }
  }
  return ranked.map((path) => {
    const steps = path.steps.map((step) => [...step].sort((a, b) => typeOrder(a) - typeOrder(b) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id)));
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
