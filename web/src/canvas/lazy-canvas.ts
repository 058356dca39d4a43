import { type ComponentType, lazy } from 'react';
import type { GraphCanvasProps } from './GraphCanvas.tsx';

type CanvasModule = typeof import('./GraphCanvas.tsx');

let loaded: CanvasModule | undefined;

/**
 * Cytoscape and fcose are most of the app's weight. The canvas is its own chunk, requested as soon
 * as the app starts (main.tsx), so it downloads while the graph data is being fetched, and the
 * page shows its loading state without waiting for it.
 */
export const loadGraphCanvas = (): Promise<CanvasModule> =>
  import('./GraphCanvas.tsx').then((module) => {
    loaded = module;
    return module;
  });

/**
 * The canvas as a lazy component. When the chunk has already arrived (the usual case, as main.tsx
 * asks for it first), the factory answers with a thenable that resolves at once: React then renders
 * the canvas in the same pass instead of suspending, and so does not hold the first drawing back by
 * its 300 ms throttle on revealing suspended content.
 */
type Loaded = { default: ComponentType<GraphCanvasProps> };

/** A thenable that calls back at once, which React.lazy reads without suspending. */
function settled(value: Loaded): Promise<Loaded> {
  // biome-ignore lint/suspicious/noThenProperty: a synchronous thenable is the point; React.lazy calls then() once and reads the result.
  return { then: (resolve: (loaded: Loaded) => void) => resolve(value) } as unknown as Promise<Loaded>;
}

export const LazyGraphCanvas = lazy<ComponentType<GraphCanvasProps>>(() =>
  loaded ? settled({ default: loaded.GraphCanvas }) : loadGraphCanvas().then((m) => ({ default: m.GraphCanvas })),
);
