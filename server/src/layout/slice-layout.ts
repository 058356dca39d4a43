import { overviewSize, rankOverview } from '../../../schema/model/overview.ts';
import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { degreesByIds } from '../db/queries/entities.ts';
import { type GraphSlice, graphSlice } from '../db/queries/graph.ts';
import type { NodePosition } from './force-layout.ts';
import type { LayoutService } from './layout-service.ts';

/** The layout of a subgraph (nodes sized by their degree in the whole graph, as the web app draws them), or null: see Subgraph.layout. */
export async function sliceLayout(db: Db, layouts: LayoutService, slice: GraphSlice): Promise<NodePosition[] | null> {
  if (slice.nodes.length === 0 || slice.nodes.length > layouts.maxNodes) return null;
  const ids = slice.nodes.map((n) => n.id);
  const degrees = await degreesByIds(db, ids);
  const input = { nodes: ids.map((id, i) => ({ id, degree: degrees[i] ?? 0 })), edges: slice.relations.map((r) => ({ source: r.fromId, target: r.toId })) };
  // A layout that fails (the worker out of its memory limit, say) is only a missed shortcut: the client lays out.
  return layouts.layout(input).catch(() => null);
}

/**
 * The part of a subgraph the web app shows first (schema/model/overview.ts: its `size` most
 * connected technologies) with the relations among them: what Subgraph.overviewLayout lays out.
 */
export function overviewSlice(slice: GraphSlice, size = overviewSize): GraphSlice {
  const nodes = slice.nodes.map((n) => ({ id: n.id, name: n.name, technology: n.label === 'Technology' }));
  const ids = new Set(
    rankOverview(
      nodes,
      slice.relations.map((r) => ({ source: r.fromId, target: r.toId })),
      size,
    ),
  );
  return { nodes: slice.nodes.filter((n) => ids.has(n.id)), relations: slice.relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId)) };
}

/**
 * Lays out the web app's first view in the background, so the first visitor's request finds it
 * ready: the overview first (a fraction of a second), then the whole curated graph ("Show
 * everything"). Best effort: if it fails, a request lays it out.
 */
export async function warmFirstViewLayout(db: Db, layouts: LayoutService): Promise<void> {
  try {
    const slice = await graphSlice(db, { categories: null, vendors: null, types: curatedTypeNames }, { entity: ['name'], relation: [] });
    await sliceLayout(db, layouts, overviewSlice(slice));
    await sliceLayout(db, layouts, slice);
  } catch {
    // Nothing is lost: the layout is computed on request instead.
  }
}
