import type { Core, NodeSingular } from 'cytoscape';
import { averageGlyphs, type LabelCandidate, type MeasureText, pickLabels } from '../graph/label-picking.ts';

let context: CanvasRenderingContext2D | null | undefined;
/** Widths by font size and text: every fit picks labels again, mostly the same ones at the same sizes. */
const widths = new Map<string, number>();
const widthsKept = 5000;
let contextFont = '';

/**
 * Measures with the canvas's own font, so the picker's boxes match what Cytoscape draws. Setting a
 * context's font parses it each time, which made measuring a third of picking the first view's labels.
 */
const measure: MeasureText = (line, fontPx) => {
  const key = `${fontPx}|${line}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return averageGlyphs(line, fontPx);
  const font = `${fontPx}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  if (contextFont !== font) {
    context.font = font;
    contextFont = font;
  }
  const width = context.measureText(line).width;
  if (widths.size >= widthsKept) widths.clear();
  widths.set(key, width);
  return width;
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
  const changed = cy.collection();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const fontPx = picked.get(node.id());
      if (fontPx === undefined) {
        if (!node.hasClass('labelled')) return;
        node.removeClass('labelled');
        changed.merge(node);
        return;
      }
      const font = Math.round((fontPx / zoom) * 100) / 100;
      if (node.data('labelFont') === font && node.hasClass('labelled')) return;
      node.data('labelFont', font);
      node.addClass('labelled');
      changed.merge(node);
    });
  });
  // Cytoscape refreshes a restyled element's label size on its next frame, but a bounding box asked for
  // before that (the fit right after this) sees no label yet, caches NaN label bounds and keeps them
  // until the element moves: fits then ignore labels and clip them at the canvas's edges. Measuring
  // the changed labels now keeps every box true.
  if (changed.nonempty()) {
    const internals = changed as unknown as { recalculateRenderedStyle(useCache: boolean): void; dirtyBoundingBoxCache(): void };
    internals.recalculateRenderedStyle(false);
    internals.dirtyBoundingBoxCache();
  }
}

/**
 * Fits the drawing and picks its labels, twice. A label keeps a readable size on screen at any zoom,
 * so a fit that zooms out leaves it wider in model space than the fit measured, and a long label at
 * the edge crosses it; the second fit measures the labels the first one picked.
 */
export function fitWithLabels(cy: Core, frame: () => void): void {
  for (let round = 0; round < 2; round++) {
    frame();
    applyLabels(cy);
  }
}
