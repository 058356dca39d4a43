/**
 * Connectors of a stack: the fewest extra nodes that join its members, approximated the classic
 * way (Kou, Markowitz and Berman): a minimum spanning tree over the members using pairwise shortest
 * path lengths, each tree edge expanded into its chosen path, then a spanning tree over the union of
 * those paths with non-member leaves pruned. Within a factor of 2 of the optimum, and exact on the
 * small stacks people ask about. Pure: no database, the caller supplies the paths.
 */

/** A path between two members as the node ids along it, both ends included. */
export type NodePath = readonly string[];

export interface PairPath {
  a: string;
  b: string;
  path: NodePath;
}

export interface SteinerTree {
  /** Nodes on the tree that are not members, in the order they were first met. */
  connectors: string[];
  /** Undirected tree edges as `[x, y]` pairs of node ids. */
  edges: Array<[string, string]>;
  /** Members with no path to any other member. */
  isolated: string[];
}

class DisjointSets {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(x: string, y: string): boolean {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return false;
    this.parent.set(rx, ry);
    return true;
  }
}

const edgeKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Kruskal over weighted edges; ties keep the given order, so callers decide how ties break. */
function spanningTree<E extends { x: string; y: string; weight: number }>(edges: readonly E[]): E[] {
  const sets = new DisjointSets();
  return [...edges]
    .map((edge, index) => ({ edge, index }))
    .sort((p, q) => p.edge.weight - q.edge.weight || p.index - q.index)
    .filter(({ edge }) => sets.union(edge.x, edge.y))
    .map(({ edge }) => edge);
}

/**
 * `paths` holds at most one chosen path per pair of members (absent when none was found). Members
 * in different components give a forest: each component is connected on its own.
 */
export function steinerTree(members: readonly string[], paths: readonly PairPath[]): SteinerTree {
  const memberSet = new Set(members);
  const closure = spanningTree(paths.filter((p) => p.path.length >= 2).map((p) => ({ x: p.a, y: p.b, weight: p.path.length - 1, path: p.path })));

  const union = new Map<string, { x: string; y: string; weight: number }>();
  const order: string[] = [];
  for (const { path } of closure) {
    for (const id of path) if (!order.includes(id)) order.push(id);
    for (let i = 0; i + 1 < path.length; i++) {
      const [x, y] = [path[i]!, path[i + 1]!];
      if (!union.has(edgeKey(x, y))) union.set(edgeKey(x, y), { x, y, weight: 1 });
    }
  }

  let edges = spanningTree([...union.values()]).map((e): [string, string] => [e.x, e.y]);
  // Pruning a leaf can expose another, so repeat until every leaf is a member.
  for (;;) {
    const degree = new Map<string, number>();
    for (const [x, y] of edges) for (const id of [x, y]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const kept = edges.filter(([x, y]) => !((degree.get(x) === 1 && !memberSet.has(x)) || (degree.get(y) === 1 && !memberSet.has(y))));
    if (kept.length === edges.length) break;
    edges = kept;
  }

  const onTree = new Set(edges.flat());
  const connected = new Set(paths.filter((p) => p.path.length >= 2).flatMap((p) => [p.a, p.b]));
  return {
    connectors: order.filter((id) => onTree.has(id) && !memberSet.has(id)),
    edges,
    isolated: members.filter((id) => !connected.has(id)),
  };
}
