import type { Filters } from './filters.ts';
import { applyFilters } from './filters.ts';
import { type GraphData, mergeGraphs, withoutNodes } from './model.ts';

export interface CanvasLayers {
  /** The curated graph. */
  base: GraphData;
  /** The base nodes the scene starts from (the overview, or none); null draws the whole curated graph. */
  start: ReadonlySet<string> | null;
  /** Base nodes drawn whatever the scene, such as the focused technology, so the panel and the canvas agree. */
  extra?: readonly string[];
  /** Nodes and relations brought in by expanding neighbours. */
  expansions: GraphData[];
  /** The path being shown; always drawn, whatever the filters, so it is never half hidden. */
  path?: GraphData | null;
  filters: Filters;
  hidden: readonly string[];
}

/** The base graph restricted to some of its nodes and the relations among them. */
function restrict(base: GraphData, ids: ReadonlySet<string>): GraphData {
  return { nodes: base.nodes.filter((n) => ids.has(n.id)), edges: base.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/**
 * What the canvas shows: the scene's nodes (start + extra + expansions), every curated relation
 * among them (so a node brought in by one expansion links to all it relates to on screen),
 * filtered, plus the current path, minus hidden nodes.
 */
export function visibleGraph(layers: CanvasLayers): GraphData {
  const { base, start } = layers;
  const first = start ? restrict(base, new Set([...start, ...(layers.extra ?? [])])) : base;
  let scene = mergeGraphs(first, ...layers.expansions);
  if (start) {
    const present = new Set(scene.nodes.map((n) => n.id));
    scene = mergeGraphs(scene, restrict(base, present));
  }
  const filtered = applyFilters(scene, layers.filters);
  const withPath = layers.path ? mergeGraphs(filtered, layers.path) : filtered;
  const keep = new Set(layers.path?.nodes.map((n) => n.id) ?? []);
  return withoutNodes(withPath, new Set(layers.hidden.filter((id) => !keep.has(id))));
}
