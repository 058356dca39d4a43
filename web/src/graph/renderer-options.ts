/**
 * Cytoscape's canvas renderer settings by graph size. Pure, so the choice is
 * testable without a canvas; canvas/renderer.ts applies it to the live instance.
 */
export interface RendererOptions {
  /** While the user pans or zooms, move a snapshot of the drawing instead of redrawing every element. */
  textureOnViewport: boolean;
  /** While the user pans or zooms, leave edges out (of the snapshot too); they return when the gesture ends. */
  hideEdgesOnViewport: boolean;
  /** Cytoscape's blur during viewport changes. */
  motionBlur: boolean;
  /** Canvas pixels per CSS pixel: 'auto' follows the screen (2 or 3 on high-density screens). */
  pixelRatio: number | 'auto';
}

/**
 * Graphs with more elements (nodes + edges) than this get the large-graph settings. The curated
 * graph with a few expansions stays well below it (229 nodes, 818 relations), so what people see
 * day to day is drawn exactly as before; the bench's 1k-node graph (4,000 elements) is above it.
 */
export const largeGraphElements = 2500;

/** Cytoscape's own defaults: every frame redrawn in full, at the screen's pixel density. */
export const defaultRendererOptions: RendererOptions = { textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 'auto' };

/**
 * For big graphs a pan or zoom redraws thousands of edges per frame, which drops the canvas to a
 * few frames per second; the snapshot makes a frame one image copy, and one pixel per CSS pixel
 * keeps that copy (and the full redraw after the gesture) from growing with the screen's density.
 * Motion blur stays off: over a snapshot it only adds a fading pass per frame.
 */
export const largeGraphRendererOptions: RendererOptions = { textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 };

export function rendererOptions(elementCount: number): RendererOptions {
  return elementCount > largeGraphElements ? largeGraphRendererOptions : defaultRendererOptions;
}
