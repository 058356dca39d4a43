import type { Core, NodeSingular } from 'cytoscape';
import { averageGlyphs, type LabelCandidate, type MeasureText, pickLabels } from '../graph/label-picking.ts';

let context: CanvasRenderingContext2D | null | undefined;

/** Measures with the canvas's own font, so the picker's boxes match what Cytoscape draws. */
const measure: MeasureText = (line, fontPx) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return averageGlyphs(line, fontPx);
  context.font = `${fontPx}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  return context.measureText(line).width;
};

/** Focus and path first, then the focus's neighbours, then hubs by degree. */
function priority(node: NodeSingular): number {
  const degree = Number(node.data('degree')) || 0;
  if (node.hasClass('focus') || node.hasClass('path')) return 1_000_000 + degree;
  if (node.hasClass('neighbor')) return 500_000 + degree;
  return degree;
}

/**
 * Marks the nodes whose labels fit on screen without overlapping (`labelled`) and the model-space
 * font size that draws them at a readable size at the current zoom (`labelFont`). Cytoscape's
 * own min-zoomed-font-size only hides small text; it does not stop big labels piling on each other.
 */
export function applyLabels(cy: Core): void {
  const zoom = cy.zoom();
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('dimmed') || node.hasClass('faded')) return;
    const position = node.renderedPosition();
    candidates.push({
      id: node.id(),
      x: position.x,
      y: position.y,
      radius: node.renderedWidth() / 2,
      text: String(node.data('label') ?? ''),
      priority: priority(node),
      // Hubs read a little larger, whatever the zoom.
      fontPx: Math.max((Number(node.data('fontSize')) || 12) * zoom, 10 + Math.sqrt(Number(node.data('degree')) || 0) * 0.7),
    });
  });
  const picked = new Map(pickLabels(candidates, { width: cy.width(), height: cy.height() }, measure).map((p) => [p.id, p.fontPx]));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const fontPx = picked.get(node.id());
      if (fontPx === undefined) {
        if (node.hasClass('labelled')) node.removeClass('labelled');
        return;
      }
      const font = Math.round((fontPx / zoom) * 100) / 100;
      if (node.data('labelFont') !== font) node.data('labelFont', font);
      if (!node.hasClass('labelled')) node.addClass('labelled');
    });
  });
}
