import type { Core, ElementDefinition } from 'cytoscape';
import { centredPan, type Insets, noInsets } from './viewport.ts';

/** Elements to stand out (a path); everything else is dimmed while it is set. */
export interface Highlight {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface SyncResult {
  hadNodes: boolean;
  nodesAdded: number;
  nodesRemoved: number;
  nodesChanged: boolean;
}

/**
 * Brings the instance in line with `definitions` by id: removes what left, updates what stayed,
 * adds what is new next to a neighbour already placed, so an incremental layout starts from sense.
 */
export function syncElements(cy: Core, definitions: readonly ElementDefinition[]): SyncResult {
  const wanted = new Set(definitions.map((d) => d.data.id as string));
  const hadNodes = cy.nodes().length > 0;
  let nodesAdded = 0;
  let nodesRemoved = 0;
  cy.batch(() => {
    const leaving = cy.elements().filter((element) => !wanted.has(element.id()));
    nodesRemoved = leaving.nodes().length;
    leaving.remove();
    const fresh: ElementDefinition[] = [];
    for (const definition of definitions) {
      const existing = cy.getElementById(definition.data.id as string);
      if (existing.nonempty()) {
        existing.data(definition.data);
        existing.classes(definition.classes ?? '');
      } else fresh.push(definition);
    }
    const added = cy.add(fresh);
    nodesAdded = added.nodes().length;
    if (hadNodes) {
      added.nodes().forEach((node) => {
        const anchor = node.neighborhood('node').filter((n) => !added.contains(n))[0];
        if (anchor) {
          const { x, y } = anchor.position();
          node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
        }
      });
    }
  });
  return { hadNodes, nodesAdded, nodesRemoved, nodesChanged: nodesAdded > 0 || (!hadNodes && nodesRemoved > 0) };
}

/** Zoom at most this far when bringing a path or a focused node into view, so a short path does not fill the screen. */
const maxMoveZoom = 1.3;

/** Marks focus and path; with `move`, brings them into view in the band the overlays leave free. */
export function applyHighlight(cy: Core, focusId: string | null, highlight: Highlight | null, options: { move: boolean; insets?: Insets }): void {
  const path = cy.collection();
  let focus = cy.collection();
  cy.batch(() => {
    cy.elements().removeClass('focus neighbor dimmed faded path');
    if (highlight && highlight.nodes.length > 0) {
      for (const id of [...highlight.nodes, ...highlight.edges]) path.merge(cy.getElementById(id));
      cy.elements().not(path).addClass('dimmed');
      path.addClass('path');
    }
    if (focusId) {
      focus = cy.getElementById(focusId);
      if (focus.nonempty()) {
        focus.addClass('focus');
        if (path.empty()) {
          // Without a path, the focused node's neighbourhood stands out and the rest steps back.
          const neighbourhood = focus.closedNeighborhood();
          neighbourhood.difference(focus).addClass('neighbor');
          cy.elements().not(neighbourhood).addClass('faded');
        }
      }
    }
  });
  if (!options.move) return;
  cy.stop();
  const target = path.nonempty() ? path : focus.nonempty() ? focus.closedNeighborhood() : null;
  if (!target) return;
  const insets = options.insets ?? noInsets;
  const box = target.boundingBox({});
  const padding = 80;
  const free = Math.max(cy.height() - insets.top - insets.bottom, cy.height() / 2);
  const fitZoom = Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (free - 2 * padding) / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(maxMoveZoom, fitZoom));
  const centre = (path.nonempty() ? path : focus).boundingBox({});
  cy.animate({ zoom, pan: centredPan(cy, { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 }, zoom, insets), duration: 350 });
}
