import type { Filters } from './filters.ts';
import { applyFilters } from './filters.ts';
import { type GraphData, mergeGraphs, withoutNodes } from './model.ts';

export interface CanvasLayers {
  /** The curated graph. */
  base: GraphData;
  /** Nodes and relations brought in by expanding neighbours. */
  expansions: GraphData[];
  /** The path being shown; always drawn, whatever the filters, so it is never half hidden. */
  path?: GraphData | null;
  filters: Filters;
  hidden: readonly string[];
}

/** What the canvas shows: (curated graph + expansions) filtered, plus the current path, minus hidden nodes. */
export function visibleGraph(layers: CanvasLayers): GraphData {
  const filtered = applyFilters(mergeGraphs(layers.base, ...layers.expansions), layers.filters);
  const withPath = layers.path ? mergeGraphs(filtered, layers.path) : filtered;
  const keep = new Set(layers.path?.nodes.map((n) => n.id) ?? []);
  return withoutNodes(withPath, new Set(layers.hidden.filter((id) => !keep.has(id))));
}
