import { lazy } from 'react';

/**
 * Cytoscape and fcose are most of the app's weight. The canvas is its own chunk, requested as soon
 * as the app starts (main.tsx), so it downloads while the graph data is being fetched, and the
 * page shows its loading state without waiting for it.
 */
export const loadGraphCanvas = () => import('./GraphCanvas.tsx');

export const LazyGraphCanvas = lazy(() => loadGraphCanvas().then((m) => ({ default: m.GraphCanvas })));
