import type { ApiPath } from '../api/path-queries.ts';
import { type GraphData, graphFromApi } from './model.ts';

/** The nodes and relations of one path, to draw even when filters would hide them. */
export function pathGraph(path: ApiPath): GraphData {
  return graphFromApi(path.nodes, path.relations);
}

/** Element ids to highlight for one path. */
export function pathHighlight(path: ApiPath): { nodes: string[]; edges: string[] } {
  return { nodes: path.nodes.map((n) => n.id), edges: path.relations.map((r) => r.id) };
}
