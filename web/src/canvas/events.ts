import type { Core, EventObject } from 'cytoscape';

/** Where on the canvas something happened, in CSS pixels from the canvas's top left. */
export interface CanvasPoint {
  x: number;
  y: number;
}

export type CanvasTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'background' };

/** What the canvas tells the React side; every callback is optional. */
export interface CanvasCallbacks {
  onNodeSelect?: (id: string) => void;
  onEdgeSelect?: (id: string) => void;
  onBackgroundSelect?: () => void;
  onNodeExpand?: (id: string) => void;
  onContextMenu?: (target: CanvasTarget, at: CanvasPoint) => void;
  /** A node or edge under the pointer, or null when it leaves (or the view moves). */
  onHover?: (target: CanvasTarget | null, at: CanvasPoint) => void;
  /** A node the user dropped after dragging, at its model position. */
  onNodeMoved?: (id: string, position: CanvasPoint) => void;
}

function targetOf(cy: Core, event: EventObject): CanvasTarget {
  if (event.target === cy) return { kind: 'background' };
  return event.target.isNode() ? { kind: 'node', id: event.target.id() } : { kind: 'edge', id: event.target.id() };
}

const pointOf = (event: EventObject): CanvasPoint => ({ x: event.renderedPosition?.x ?? 0, y: event.renderedPosition?.y ?? 0 });

/** Wires Cytoscape's events to callbacks read through `current`, so they can change without rebinding. */
export function bindCanvasEvents(cy: Core, current: () => CanvasCallbacks, onViewportSettled: () => void): () => void {
  cy.on('tap', 'node', (event) => current().onNodeSelect?.(event.target.id()));
  cy.on('tap', 'edge', (event) => current().onEdgeSelect?.(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) current().onBackgroundSelect?.();
  });
  cy.on('dbltap', 'node', (event) => current().onNodeExpand?.(event.target.id()));
  // Right click, or a long press on a touch screen.
  cy.on('cxttap taphold', (event) => current().onContextMenu?.(targetOf(cy, event), pointOf(event)));
  // Whether a tooltip is up. A pan or zoom hides it (it would point at the old spot), and the next
  // pointer move over an element shows it again, even where the pointer has not left that element.
  let shown = false;
  const hover = (event: EventObject) => {
    shown = true;
    current().onHover?.(targetOf(cy, event), pointOf(event));
  };
  // A hovered node lights up its relations too.
  const lit = (event: EventObject) => (event.target.isNode() ? event.target.union(event.target.connectedEdges()) : event.target);
  cy.on('mouseover', 'node, edge', (event) => {
    lit(event).addClass('hover');
    hover(event);
  });
  cy.on('mouseout', 'node, edge', (event) => {
    lit(event).removeClass('hover');
    shown = false;
    current().onHover?.(null, pointOf(event));
  });
  cy.on('mousemove', 'node, edge', (event) => {
    if (!shown) hover(event);
  });
  cy.on('dragfree', 'node', (event) => current().onNodeMoved?.(event.target.id(), { ...event.target.position() }));
  // Labels are picked for a zoom and a viewport; pick again once a pan or zoom comes to rest.
  let settle: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    shown = false;
    current().onHover?.(null, { x: 0, y: 0 });
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!cy.destroyed()) onViewportSettled();
    }, 120);
  });
  return () => clearTimeout(settle);
}
