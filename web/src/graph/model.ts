import type { ApiNode, ApiRelation, RelationType } from '../api/graph-queries.ts';

export type NodeLabel = 'Technology' | 'Vendor' | 'Category';

/** A node as the web app keeps it, whatever query brought it. */
export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  label: NodeLabel;
  degree: number;
  firstRelease: number | null;
  vendor: { id: string; name: string } | null;
  categoryIds: string[];
}

/** A relation drawn from `source` to `target` in its true direction. */
export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  note: string;
  /** The relation's evidence as the data states it (see citation.ts); not "source", which Cytoscape reads as the start node. */
  citation: string;
  symmetric: boolean;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const emptyGraph: GraphData = { nodes: [], edges: [] };

export function nodeFromApi(node: ApiNode): GraphNode {
  const technology = node.__typename === 'Technology' ? node : null;
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    label: node.__typename,
    degree: node.degree,
    firstRelease: technology?.firstRelease ?? null,
    vendor: technology?.vendor ? { id: technology.vendor.id, name: technology.vendor.name } : null,
    categoryIds: technology?.categories.map((c) => c.id) ?? [],
  };
}

export function edgeFromApi(relation: ApiRelation): GraphEdge {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.fromId,
    target: relation.toId,
    note: relation.note,
    citation: relation.source,
    symmetric: relation.symmetric,
  };
}

export function graphFromApi(nodes: readonly ApiNode[], relations: readonly ApiRelation[]): GraphData {
  return { nodes: nodes.map(nodeFromApi), edges: relations.map(edgeFromApi) };
}

/** Union by id; an edge is kept only when both its ends are present, so the canvas never gets a dangling edge. */
export function mergeGraphs(...parts: GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of part.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

/** The graph without some nodes and their edges. */
export function withoutNodes(data: GraphData, hidden: ReadonlySet<string>): GraphData {
  if (hidden.size === 0) return data;
  return {
    nodes: data.nodes.filter((n) => !hidden.has(n.id)),
    edges: data.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
  };
}
