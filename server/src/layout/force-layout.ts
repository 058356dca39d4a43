import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions, nodeSize } from '../../../schema/model/drawing.ts';

cytoscape.use(fcose);

/** What a force layout needs of a graph: node ids with their degrees (which set their drawn size) and the relations' ends. */
export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string; degree: number }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}

export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

/**
 * The web app's force layout (fcose with the shared drawing options and node sizes, schema/model/drawing.ts)
 * run on a headless Cytoscape, so the server can hand the first view ready-made positions. Pure
 * and synchronous: it takes about a second for the curated graph, so the server runs it in a
 * worker thread (layout-service.ts). Relations whose ends are not among the nodes are ignored.
 */
export function forceLayout(input: LayoutInput): NodePosition[] {
  if (input.nodes.length === 0) return [];
  const ids = new Set(input.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: nodeSize(n.degree) } })),
      ...input.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  try {
    cy.layout(layoutOptions('force', { nodes: input.nodes.length })).run();
    // Whole pixels: the client fits the drawing to its screen, so finer positions only add bytes.
    return cy.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
  } finally {
    cy.destroy();
  }
}
