import type { Core } from 'cytoscape';
import type { Pin } from '../state/scene-url.ts';

/** Puts pinned nodes where the user left them and marks them; answers whether any node moved. */
export function applyPins(cy: Core, pins: readonly Pin[]): boolean {
  let moved = false;
  const ids = new Set(pins.map((p) => p.id));
  cy.batch(() => {
    cy.nodes('.pinned').forEach((node) => {
      if (!ids.has(node.id())) node.removeClass('pinned');
    });
    for (const pin of pins) {
      const node = cy.getElementById(pin.id);
      if (node.empty()) continue;
      node.addClass('pinned');
      const { x, y } = node.position();
      if (Math.round(x) !== pin.x || Math.round(y) !== pin.y) {
        node.position({ x: pin.x, y: pin.y });
        moved = true;
      }
    }
  });
  return moved;
}
