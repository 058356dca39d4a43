import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './layout-names.ts';

let fcoseRegistered = false;
let dagreRegistered: Promise<void> | undefined;

/** fcose draws the first view, so it ships with the app; dagre is fetched the first time it is needed. */
export function registerLayout(name: LayoutName | 'lineage'): Promise<void> {
  if (name === 'hierarchical' || name === 'lineage') {
    dagreRegistered ??= import('cytoscape-dagre').then(({ default: dagre }) => {
      cytoscape.use(dagre);
    });
    return dagreRegistered;
  }
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  return Promise.resolve();
}

/** Horizontal distance between two consecutive release years in the lineage view. */
export const lineageColumnWidth = 190;

export interface LayoutContext {
  /** Keep current positions as the starting point (after an expansion) rather than starting afresh. */
  incremental?: boolean;
  animate?: boolean;
}

/** Options for cy.layout(); pure, so the choices are testable without a canvas. */
export function layoutOptions(name: LayoutName | 'lineage', context: LayoutContext = {}): LayoutOptions {
  const animate = context.animate ?? false;
  switch (name) {
    case 'force':
      return {
        name: 'fcose',
        // fcose only accepts randomize: false with the slow-cooling "proof" quality.
        quality: context.incremental ? 'proof' : 'default',
        randomize: !context.incremental,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: false,
        // Spread wide enough that, at the zoom that fits everything, only hub labels show.
        nodeRepulsion: () => 24000,
        idealEdgeLength: () => 120,
        edgeElasticity: () => 0.3,
        gravity: 0.25,
        gravityRange: 3.8,
        numIter: 2500,
        nodeSeparation: 110,
        tile: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => node.data('degree') as number,
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
        transform: (node: cytoscape.NodeSingular, position: cytoscape.Position) => {
          const column = node.data('column') as number | null | undefined;
          return typeof column === 'number' ? { x: column * lineageColumnWidth, y: position.y } : position;
        },
        animate,
        fit: true,
        padding: 40,
      } as LayoutOptions;
  }
}
