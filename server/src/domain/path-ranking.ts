/**
 * Ranks candidate paths between two nodes the way an engineer explains a relation, after the
 * research on relatedness explanations: REX (Fang et al., VLDB 2011), "Connecting the dots"
 * (Aggarwal, Bhatia and Misra, 2016: specificity, connectivity, cohesiveness) and RECAP (Pirrò,
 * 2019: informativeness and diversity). Pure: no database, so the path finder, `relate` and any
 * other feature that wants "the best few paths" share one documented score.
 *
 * The cost of a path (lower is better) is the sum of
 *   - per step: `stepCost` (shorter paths come first) plus the information weight of the step's
 *     most specific relation type (`typeCost`: "is part of" explains more than "is written in");
 *     a sideways ALTERNATIVE_TO step inside a longer path adds `sidewaysCost`, since it tells what
 *     the neighbour is like rather than how the two ends connect;
 *   - per intermediate node: `degreeCost × ln(1 + degree)` (a node linked to everything explains
 *     little: specificity), plus `hubCost` when the node is a generic hub (a programming language,
 *     or at least `hubDegree` relations);
 *   - per change of direction between two directed steps (A → M ← B): `turnCost`, because a chain
 *     that keeps its direction (Spark runs on YARN, part of Hadoop) reads as one explanation and a
 *     turn only as a shared neighbour (cohesiveness); the same for two integration steps meeting at
 *     M (A integrates with M, which integrates with B), the commonest shared neighbour: a scheduler
 *     or platform that integrates with everything says little about how A and B relate.
 * `score` maps the cost to (0, 1]: exp(−(cost − bestStepCost) / scoreScale), 1 for the cheapest
 * single step there can be.
 */

/** A node of a candidate path, with what the score needs to know about it. */
export interface RankNode {
  id: string;
  name: string;
  label: 'Technology' | 'Vendor' | 'Category';
  kind: string;
  /** Relations of the walked types this node has, both directions. */
  degree: number;
}

export interface RankRelation {
  type: string;
  fromId: string;
  toId: string;
}

/** A candidate: `steps[i]` holds every relation that joins `nodes[i]` and `nodes[i + 1]` (parallel relations make one step). */
export interface CandidatePath<N extends RankNode = RankNode, R extends RankRelation = RankRelation> {
  nodes: N[];
  steps: R[][];
}

export type PathStrength = 'STRONG' | 'MODERATE' | 'WEAK';

export interface RankedPath<N extends RankNode = RankNode, R extends RankRelation = RankRelation> extends CandidatePath<N, R> {
  /** Lower is better; see the module comment. */
  cost: number;
  /** In (0, 1], higher is better. */
  score: number;
  strength: PathStrength;
  /** Some intermediate node is a generic hub; such a path is returned only when nothing better exists. */
  viaHub: boolean;
}

export interface RankingWeights {
  /** Information weight of each relation type; the cheapest type of a step counts. */
  typeCost: Readonly<Record<string, number>>;
  /** Weight of PROVIDED_BY and IN_CATEGORY on the step that reaches an end which is itself a vendor or category. */
  endDerivedCost: number;
  stepCost: number;
  sidewaysCost: number;
  degreeCost: number;
  hubCost: number;
  /** A node with at least this many relations of the walked types is a hub. */
  hubDegree: number;
  /** Node kinds that are hubs whatever their degree: a language links everything written in it. */
  hubKinds: readonly string[];
  turnCost: number;
  /** Paths costing more than the best one plus this are detours and left out. */
  slack: number;
  scoreScale: number;
}

/**
 * Tuned on the question panel in tests/api/path-panel.test.ts. Specific types (part of, runs on,
 * upgrade of, managed version of, built on, alternative to) cost least, then storage and
 * integrations; written in, offers an API in and the derived vendor and category types cost most.
 */
export const defaultWeights: RankingWeights = {
  typeCost: {
    UPGRADE_OF: 0.8,
    PART_OF: 0.8,
    MANAGED_VERSION_OF: 0.8,
    RUNS_ON: 0.9,
    BUILT_ON: 0.9,
    ALTERNATIVE_TO: 1.0,
    STORES_DATA_IN: 1.0,
    INTEGRATES_WITH: 1.4,
    PROVIDED_BY: 1.8,
    IN_CATEGORY: 2.0,
    WRITTEN_IN: 2.5,
    OFFERS_API_IN: 2.5,
  },
  endDerivedCost: 0.9,
  stepCost: 0.5,
  sidewaysCost: 0.6,
  degreeCost: 0.25,
  hubCost: 3,
  // Above the most connected technologies of the curated graph (Kubernetes about 80, Spark and Kafka
  // about 60): those are the answers an engineer gives, not detours. Languages are hubs by kind, and a
  // synthetic graph's catch-all nodes (thousands of relations) by degree.
  hubDegree: 120,
  hubKinds: ['language'],
  turnCost: 0.8,
  slack: 3,
  scoreScale: 4,
};

export interface RankingOptions {
  /** How many paths at most. */
  first: number;
  /** Hubs cost `hubCost` and hub paths come only when no other path exists. @default true */
  avoidHubs?: boolean;
  /** Types that read the same either way (no direction, so no turn). */
  symmetricTypes: ReadonlySet<string>;
  weights?: Partial<RankingWeights>;
}

export function isHub(node: RankNode, weights: RankingWeights = defaultWeights): boolean {
  return weights.hubKinds.includes(node.kind) || node.degree >= weights.hubDegree;
}

const endLabels = new Set(['Vendor', 'Category']);
const derivedTypes = new Set(['PROVIDED_BY', 'IN_CATEGORY']);

function stepTypeCost(step: readonly RankRelation[], reachesDerivedEnd: boolean, w: RankingWeights): number {
  let best = Number.POSITIVE_INFINITY;
  for (const r of step) {
    const cost = reachesDerivedEnd && derivedTypes.has(r.type) ? w.endDerivedCost : (w.typeCost[r.type] ?? 2);
    best = Math.min(best, cost);
  }
  return best;
}

/** Direction of a step as walked: +1 forward, −1 backward, 0 when any of its relations reads both ways. */
function direction(step: readonly RankRelation[], here: string, symmetric: ReadonlySet<string>): number {
  if (step.some((r) => symmetric.has(r.type))) return 0;
  const forward = step.some((r) => r.fromId === here);
  const backward = step.some((r) => r.fromId !== here);
  return forward && backward ? 0 : forward ? 1 : -1;
}

const onlyIntegrations = (step: readonly RankRelation[]) => step.every((r) => r.type === 'INTEGRATES_WITH');

/** The documented cost of one path; see the module comment. */
export function pathCost(path: CandidatePath, options: Pick<RankingOptions, 'avoidHubs' | 'symmetricTypes' | 'weights'>): number {
  const w = { ...defaultWeights, ...options.weights };
  const last = path.nodes.length - 1;
  let cost = 0;
  let previous = 0;
  path.steps.forEach((step, i) => {
    const reachesDerivedEnd = (i === 0 && endLabels.has(path.nodes[0]!.label)) || (i === last - 1 && endLabels.has(path.nodes[last]!.label));
    cost += w.stepCost + stepTypeCost(step, reachesDerivedEnd, w);
    if (path.steps.length > 1 && step.every((r) => r.type === 'ALTERNATIVE_TO')) cost += w.sidewaysCost;
    const dir = direction(step, path.nodes[i]!.id, options.symmetricTypes);
    if (dir !== 0 && previous !== 0 && dir !== previous) cost += w.turnCost;
    // "Both integrate with M" is a shared neighbour too, though the type has no direction to turn.
    if (i > 0 && onlyIntegrations(step) && onlyIntegrations(path.steps[i - 1]!)) cost += w.turnCost;
    previous = dir;
  });
  for (const node of path.nodes.slice(1, -1)) {
    cost += w.degreeCost * Math.log(1 + node.degree);
    if (options.avoidHubs !== false && isHub(node, w)) cost += w.hubCost;
  }
  return cost;
}

const bestStepCost = (w: RankingWeights) => w.stepCost + Math.min(w.endDerivedCost, ...Object.values(w.typeCost));

function strengthOf(score: number, viaHub: boolean): PathStrength {
  if (viaHub || score < 0.4) return 'WEAK';
  return score >= 0.6 ? 'STRONG' : 'MODERATE';
}

const key = (path: CandidatePath) => path.nodes.map((n) => n.id).join('\u0000');

/** Several candidates for one node sequence (one per parallel relation) become one path whose steps hold every relation seen. */
export function mergeParallel<N extends RankNode, R extends RankRelation & { id?: string }>(candidates: readonly CandidatePath<N, R>[]): CandidatePath<N, R>[] {
  const merged = new Map<string, CandidatePath<N, R>>();
  for (const candidate of candidates) {
    const existing = merged.get(key(candidate));
    if (!existing) {
      merged.set(key(candidate), { nodes: candidate.nodes, steps: candidate.steps.map((s) => [...s]) });
      continue;
    }
    candidate.steps.forEach((step, i) => {
      for (const r of step) {
        const target = existing.steps[i]!;
        if (!target.some((t) => t.type === r.type && t.fromId === r.fromId && t.toId === r.toId)) target.push(r);
      }
    });
  }
  return [...merged.values()];
}

/**
 * The best `first` paths: parallel relations merged, every candidate scored, then picked greedily
 * by cost so that no two answers share an intermediate node (diversity). Detours costing more than
 * the best path plus `slack` are left out, so the list can be shorter than `first`; with
 * `avoidHubs`, a path through a hub comes only when no path without one was found. Ties break by
 * the names along the way, so answers are stable.
 */
export function rankPaths<N extends RankNode, R extends RankRelation>(candidates: readonly CandidatePath<N, R>[], options: RankingOptions): RankedPath<N, R>[] {
  const w = { ...defaultWeights, ...options.weights };
  const avoidHubs = options.avoidHubs !== false;
  const scored = mergeParallel(candidates)
    .filter((c) => new Set(c.nodes.map((n) => n.id)).size === c.nodes.length)
    .map((c) => {
      const cost = pathCost(c, options);
      const viaHub = c.nodes.slice(1, -1).some((n) => isHub(n, w));
      const score = Math.min(1, Math.exp(-(cost - bestStepCost(w)) / w.scoreScale));
      return { ...c, cost, score: Math.round(score * 1000) / 1000, viaHub, strength: strengthOf(score, viaHub) };
    })
    .sort((a, b) => a.cost - b.cost || names(a).localeCompare(names(b)));
  const pool = avoidHubs && scored.some((p) => !p.viaHub) ? scored.filter((p) => !p.viaHub) : scored;
  const best = pool[0]?.cost ?? 0;
  const used = new Set<string>();
  const picked: RankedPath<N, R>[] = [];
  for (const path of pool) {
    if (picked.length >= options.first) break;
    if (path.cost > best + w.slack) break;
    const middle = path.nodes.slice(1, -1).map((n) => n.id);
    if (middle.some((id) => used.has(id))) continue;
    for (const id of middle) used.add(id);
    picked.push(path);
  }
  return picked;
}

const names = (path: CandidatePath) => path.nodes.map((n) => n.name.toLowerCase()).join('\u0000');

/**
 * At most how many answers `rankPaths` can pick from paths given as id sequences, before their details
 * are read: answers never share an intermediate node, so no two of them share the node at any one
 * position, and the position with the fewest distinct nodes bounds the count. Parallel relations make
 * one step, so paths with no intermediate node give one answer at most.
 */
export function answersBound(paths: readonly (readonly string[])[]): number {
  const sequences = new Set(paths.map((p) => p.join('\u0000')));
  if (sequences.size === 0) return 0;
  const middle = Math.min(...paths.map((p) => p.length - 2));
  if (middle <= 0) return 1;
  let bound = sequences.size;
  for (let k = 1; k <= middle; k++) bound = Math.min(bound, new Set(paths.map((p) => p[k])).size);
  return bound;
}
