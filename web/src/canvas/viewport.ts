import type { Collection, Core, Position } from 'cytoscape';

/** How far the controls laid over the canvas reach into it from its top and bottom edges, in pixels. */
export interface Insets {
  top: number;
  bottom: number;
}

export const noInsets: Insets = { top: 0, bottom: 0 };

/** Space around a fitted drawing, as Cytoscape's own fits used. */
export const fitPadding = 30;

/**
 * Room under the lowest nodes for their labels: a fit sees the nodes before the label picker has
 * chosen which labels to draw, and a label reads up to about 24 px tall (canvas/labels.ts).
 */
const labelRoom = 26;

/**
 * Measures the overlays marked `data-canvas-overlay="top"` or `"bottom"` beside the canvas (toolbar,
 * scene bar, the folded legend): a fit keeps the drawing out of the bands they cover. Together they
 * never take more than half the canvas, so a short canvas (a phone with a sheet open) still draws.
 */
export function overlayInsets(container: HTMLElement | null): Insets {
  const area = container?.parentElement;
  if (!container || !area) return noInsets;
  const box = container.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  for (const overlay of area.querySelectorAll<HTMLElement>('[data-canvas-overlay]')) {
    const rect = overlay.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (overlay.dataset.canvasOverlay === 'top') top = Math.max(top, rect.bottom - box.top);
    else bottom = Math.max(bottom, box.bottom - rect.top);
  }
  const total = top + bottom;
  const cap = box.height / 2;
  if (total <= cap) return { top: Math.max(0, top), bottom: Math.max(0, bottom) };
  return { top: (Math.max(0, top) * cap) / total, bottom: (Math.max(0, bottom) * cap) / total };
}

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** The zoom and pan that fit `eles` into the canvas between the insets, centred in that free band. */
export function fittedViewport(cy: Core, eles: Collection, insets: Insets, padding = fitPadding): Viewport | null {
  if (eles.empty()) return null;
  const box = eles.boundingBox({});
  const width = cy.width() - 2 * padding;
  const height = cy.height() - insets.top - insets.bottom - 2 * padding - labelRoom;
  if (width <= 0 || height <= 0) return null;
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), width / Math.max(box.w, 1), height / Math.max(box.h, 1)));
  return {
    zoom,
    pan: {
      x: padding + (width - zoom * box.w) / 2 - zoom * box.x1,
      y: insets.top + padding + (height - zoom * box.h) / 2 - zoom * box.y1,
    },
  };
}

/** The pan that puts model point `at` in the middle of the free band at `zoom`. */
export function centredPan(cy: Core, at: Position, zoom: number, insets: Insets): Position {
  const middle = insets.top + (cy.height() - insets.top - insets.bottom) / 2;
  return { x: cy.width() / 2 - zoom * at.x, y: middle - zoom * at.y };
}

/** Fits the whole drawing into the free band, at once or with a short animation. */
export function fitFree(cy: Core, insets: Insets, animate = false): void {
  const viewport = fittedViewport(cy, cy.elements(), insets);
  if (!viewport) return;
  if (animate) cy.animate({ ...viewport, duration: 250 });
  else cy.viewport(viewport);
}
