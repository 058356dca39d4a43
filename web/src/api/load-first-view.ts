import { loadGraphCanvas } from '../canvas/lazy-canvas.ts';
import { type BaseGraph, loadBaseGraph } from './load-base-graph.ts';

/**
 * The first view's data, resolved only once the canvas chunk has arrived too (both are asked for at
 * once). Rendered with the data but without the canvas, the explorer would suspend on the chunk, and
 * React keeps a revealed fallback for at least 300 ms before it swaps the canvas in: on a first visit
 * that wait was a fifth of the time to the first drawing. A chunk that fails to load does not fail
 * the data; the canvas's own boundary reports it.
 */
export function loadFirstView(signal: AbortSignal): Promise<BaseGraph> {
  return Promise.all([loadBaseGraph(signal), loadGraphCanvas().catch(() => undefined)]).then(([base]) => base);
}
