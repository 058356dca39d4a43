import { describe, expect, it } from 'vitest';
import { defaultRendererOptions, largeGraphElements, largeGraphRendererOptions, rendererOptions } from '../../../../web/src/graph/renderer-options.ts';

describe('rendererOptions', () => {
  it("keeps Cytoscape's defaults for the curated graph and anything up to the threshold", () => {
    expect(rendererOptions(229 + 818)).toEqual({ textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 'auto' });
    expect(rendererOptions(0)).toBe(defaultRendererOptions);
    expect(rendererOptions(largeGraphElements)).toBe(defaultRendererOptions);
  });

  it('moves a snapshot without edges during pan and zoom above the threshold, at one pixel per CSS pixel', () => {
    expect(rendererOptions(largeGraphElements + 1)).toBe(largeGraphRendererOptions);
    expect(rendererOptions(5000 + 15000)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 });
  });
});
