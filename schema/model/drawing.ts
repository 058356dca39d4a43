import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';

/**
 * The drawing rules every side shares: the browser draws with them, and the server's layout worker
 * computes the first view's positions with the very same options and node sizes, so the positions it
 * serves are the ones the browser would have found. Pure data and arithmetic: the Cytoscape
 * extensions that run these layouts are registered by each side.
 */

/** Layout choices offered to the user. */
export type LayoutName = 'force' | 'concentric' | 'hierarchical';
export const layoutNames: readonly LayoutName[] = ['force', 'concentric', 'hierarchical'];
export const layoutLabels: Record<LayoutName, string> = { force: 'Force', concentric: 'Concentric', hierarchical: 'Hierarchical' };

/** Diameter grows with the square root of degree so hubs stand out without swallowing the canvas. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(72, 16 + 6 * Math.sqrt(Math.max(0, degree))));
}

/** Hubs get larger labels, which stay readable at overview zoom while small nodes' labels wait for zooming in. */
export function labelSize(degree: number): number {
  return Math.round(Math.min(24, 10 + Math.sqrt(Math.max(0, degree)) * 1.6));
}

/** Horizontal distance between two consecutive release years in the lineage view. */
export const lineageColumnWidth = 190;

export interface LayoutContext {
  /** Keep current positions as the starting point (after an expansion) rather than starting afresh. */
  incremental?: boolean;
  animate?: boolean;
  /** Nodes to lay out; above draftForceAbove the force layout trades quality for time. */
  nodes?: number;
  /** Nodes the user pinned: the force layout arranges the rest around them. */
  pins?: readonly { id: string; x: number; y: number }[];
}

/**
 * fcose's force refinement runs at least five iterations per node, so its time grows with the
 * square of the graph: about a second for the curated graph's 229 nodes on the bench machine, 16 s
 * for 1,000. Above this many nodes the force layout stops after fcose's spectral pass ('draft',
 * 1-2 s for 1,000 nodes), and an incremental run keeps the positions it has so a large graph still draws in seconds.
 */
export const draftForceAbove = 500;

// Spread wide enough that, at the zoom that fits everything, only hub labels show.
const forces = { nodeRepulsion: () => 24000, idealEdgeLength: () => 120, edgeElasticity: () => 0.3 };

/**
 * Places nodes where a layout computed elsewhere put them (the server's force layout of the first
 * view): no force simulation in the browser. No fit of its own: the canvas fits every layout
 * afterwards around labels and overlays, and a first fit here only measured the drawing twice.
 */
export function presetLayoutOptions(positions: ReadonlyMap<string, { x: number; y: number }>): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    fit: false,
    padding: 30,
    animate: false,
  } as LayoutOptions;
}

/** Options for cy.layout(); pure, so the choices are testable without a canvas. */
export function layoutOptions(name: LayoutName | 'lineage', context: LayoutContext = {}): LayoutOptions {
  const animate = context.animate ?? false;
  switch (name) {
    case 'force': {
      const large = (context.nodes ?? 0) > draftForceAbove;
      // New nodes already sit next to a neighbour (canvas/sync.ts); proof-quality fcose would take minutes here.
      if (large && context.incremental) return { name: 'preset', fit: true, padding: 30, animate } as LayoutOptions;
      return {
        name: 'fcose',
        // fcose only accepts randomize: false with the slow-cooling "proof" quality.
        quality: context.incremental ? 'proof' : large ? 'draft' : 'default',
        randomize: !context.incremental,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: false,
        ...forces,
        gravity: 0.25,
        gravityRange: 3.8,
        numIter: 2500,
        nodeSeparation: 110,
        tile: true,
        ...(context.pins?.length && { fixedNodeConstraint: context.pins.map((p) => ({ nodeId: p.id, position: { x: p.x, y: p.y } })) }),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: NodeSingular) => node.data('degree') as number,
        levelWidth: () => 4,
        minNodeSpacing: 14,
        avoidOverlap: true,
        animate,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    case 'hierarchical':
      // Tight rows and tall ranks: a few dozen nodes share a rank in the whole graph, so this keeps the drawing near the screen's shape.
      return { name: 'dagre', rankDir: 'TB', nodeSep: 4, rankSep: 130, edgeSep: 2, animate, fit: true, padding: 30 } as LayoutOptions;
    case 'lineage':
      return {
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 40,
        rankSep: 80,
        nodeDimensionsIncludeLabels: true,
        // dagre finds the rows; x then follows the column of the release year, so left to right reads as time.
        transform: (node: NodeSingular, position: Position) => {
          const column = node.data('column') as number | null | undefined;
          return typeof column === 'number' ? { x: column * lineageColumnWidth, y: position.y } : position;
        },
        animate,
        fit: true,
        padding: 40,
      } as LayoutOptions;
  }
}
