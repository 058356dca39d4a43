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
  /** Whether anything was added, removed or updated at all; false when the definitions matched the drawing already. */
  changed: boolean;
}

/** Where an element keeps the classes its definition gave it, apart from those the canvas adds (labelled, focus, hover…). */
const definedClasses = '_techgraphClasses';

const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** Whether every field of `next` already holds on the element; Cytoscape merges data, so fields only added count. */
const holdsData = (current: Record<string, unknown>, next: Record<string, unknown>) => Object.keys(next).every((key) => sameValue(current[key], next[key]));

/**
 * Brings the instance in line with `definitions` by id: removes what left, updates what stayed,
 * adds what is new next to a neighbour already placed, so an incremental layout starts from sense.
 * Elements whose data and classes did not change are not touched: a touched element is styled
 * again and redrawn, and a React update that rebuilds the same elements (the first view has a few)
 * would otherwise cost a full redraw of the drawing right after its first one. The classes the
 * canvas adds of its own stay; only those the definition gave are swapped.
 */
export function syncElements(cy: Core, definitions: readonly ElementDefinition[]): SyncResult {
  const wanted = new Set(definitions.map((d) => d.data.id as string));
  const hadNodes = cy.nodes().length > 0;
  let nodesAdded = 0;
  let nodesRemoved = 0;
  let changed = false;
  cy.batch(() => {
    const leaving = cy.elements().filter((element) => !wanted.has(element.id()));
    nodesRemoved = leaving.nodes().length;
    changed = leaving.nonempty();
    leaving.remove();
    const fresh: ElementDefinition[] = [];
    for (const definition of definitions) {
      const existing = cy.getElementById(definition.data.id as string);
      if (existing.nonempty()) {
        if (!holdsData(existing.data(), definition.data)) {
          existing.data(definition.data);
          changed = true;
        }
        const classes = definition.classes ?? '';
        const before = String(existing.scratch(definedClasses) ?? '');
        if (classes !== before) {
          existing.removeClass(before).addClass(classes);
          existing.scratch(definedClasses, classes);
          changed = true;
        }
      } else fresh.push(definition);
    }
    const added = cy.add(fresh);
    added.forEach((element) => {
      element.scratch(definedClasses, element.classes().join(' '));
    });
    nodesAdded = added.nodes().length;
    if (added.nonempty()) changed = true;
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
  return { hadNodes, nodesAdded, nodesRemoved, nodesChanged: nodesAdded > 0 || (!hadNodes && nodesRemoved > 0), changed };
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
