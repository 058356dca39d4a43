import type { Core } from 'cytoscape';
import type { RendererOptions } from '../graph/renderer-options.ts';

/** The fields Cytoscape's canvas renderer copies its options into (src/extensions/renderer/base/index.mjs, 3.34). */
interface CanvasRendererFields {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  motionBlurEnabled: boolean;
  forcedPixelRatio: number | null;
}

/**
 * Applies renderer options to a live instance. Cytoscape takes them only as constructor options,
 * but the canvas renderer reads these fields on every frame (and resizes its canvases when the
 * pixel ratio changes), so setting them lets the options follow the graph's size without a new
 * instance and the listeners, history and positions a new one would lose. The end-to-end tests
 * read the fields back, so a Cytoscape upgrade that renames them fails there.
 */
export function applyRendererOptions(cy: Core, options: RendererOptions): void {
  const renderer = (cy as unknown as { renderer(): Partial<CanvasRendererFields> | undefined }).renderer();
  if (!renderer || !('textureOnViewport' in renderer)) return;
  const pixelRatio = options.pixelRatio === 'auto' ? null : options.pixelRatio;
  if (
    renderer.textureOnViewport === options.textureOnViewport &&
    renderer.hideEdgesOnViewport === options.hideEdgesOnViewport &&
    renderer.motionBlurEnabled === options.motionBlur &&
    renderer.forcedPixelRatio === pixelRatio
  )
    return;
  renderer.textureOnViewport = options.textureOnViewport;
  renderer.hideEdgesOnViewport = options.hideEdgesOnViewport;
  renderer.motionBlurEnabled = options.motionBlur;
  renderer.forcedPixelRatio = pixelRatio;
  cy.forceRender();
}
