import { defaultWeights } from './path-ranking.ts';
import type { NodePath, PairPath } from './steiner.ts';

/** A path as its node ids and, between them, the relation types walked. */
export interface CandidatePath {
  nodes: NodePath;
  types: readonly string[];
}

/** Every shortest path found between two members, before one is chosen. */
export interface PairCandidates {
  a: string;
  b: string;
  paths: readonly CandidatePath[];
}

/**
 * Hops that say two things do the same job, or that one hosts the other for a fee: a connector
 * reached that way (Azure HDInsight between Kafka and Spark, MapReduce between Spark and Hadoop)
 * explains less than one the members plug into (Structured Streaming, YARN), so such paths lose ties.
 */
const weakTypes = new Set(['ALTERNATIVE_TO', 'UPGRADE_OF', 'MANAGED_VERSION_OF']);

/** Hops that say two things do the same job. */
const sameJobTypes = new Set(['ALTERNATIVE_TO', 'UPGRADE_OF']);

/**
 * Chooses one path per pair of members, the single place where path choice is made, so a better
 * ranking of paths can replace this without touching the tree. Among equally short paths it prefers
 * one that passes through other members, then one with fewer weak hops, then the one whose relation
 * types explain most by the path ranking's costs (Spark runs on YARN, part of Hadoop, before two
 * "integrates with" hops through a tool that packages or schedules everything), then one whose inner
 * nodes also lie on other pairs' paths (a shared hub joins more members with fewer connectors), then
 * the lowest ids, so answers are stable.
 */
export function pickPairPaths(candidates: readonly PairCandidates[], members: readonly string[]): PairPath[] {
  const memberSet = new Set(members);
  // "Django is an alternative to FastAPI, which Karapace is built on, which stores data in Kafka" is
  // true hop by hop, but nothing in it runs together: a same-job hop says how a stack fits only
  // between two of its members (and is then reported as an overlap), never through a connector.
  const fitsTogether = (path: CandidatePath) =>
    path.types.every((type, i) => !sameJobTypes.has(type) || (memberSet.has(path.nodes[i]!) && memberSet.has(path.nodes[i + 1]!)));
  candidates = candidates.map((pair) => ({ ...pair, paths: pair.paths.filter(fitsTogether) }));
  const reach = new Map<string, number>();
  for (const pair of candidates) {
    const inner = new Set(pair.paths.flatMap((p) => p.nodes.slice(1, -1)));
    for (const id of inner) reach.set(id, (reach.get(id) ?? 0) + 1);
  }
  const score = (path: CandidatePath) => {
    const inner = path.nodes.slice(1, -1);
    return {
      members: inner.filter((id) => memberSet.has(id)).length,
      weak: path.types.filter((t) => weakTypes.has(t)).length,
      cost: path.types.reduce((sum, t) => sum + (defaultWeights.typeCost[t] ?? 2), 0),
      shared: inner.reduce((sum, id) => sum + (reach.get(id) ?? 0), 0),
    };
  };
  return candidates.flatMap((pair) => {
    const ranked = [...pair.paths].sort((p, q) => {
      const [sp, sq] = [score(p), score(q)];
      return (
        p.nodes.length - q.nodes.length ||
        sq.members - sp.members ||
        sp.weak - sq.weak ||
        sp.cost - sq.cost ||
        sq.shared - sp.shared ||
        p.nodes.join('|').localeCompare(q.nodes.join('|'))
      );
    });
    return ranked[0] ? [{ a: pair.a, b: pair.b, path: ranked[0].nodes }] : [];
  });
}
