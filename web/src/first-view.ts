import { useEffect, useState } from 'react';
import { type BaseGraph, baseGraphKey, loadBaseGraph, loadOverview, loadWholeGraph } from './api/load-base-graph.ts';
import { type AsyncResult, useAsync } from './api/use-async.ts';
import { loadGraphCanvas } from './canvas/lazy-canvas.ts';
import { isFiltered } from './graph/filters.ts';
import { decodeUrlState, type UrlState, type ViewName } from './state/url-state.ts';

/**
 * Whether the page opens on the bare overview, which its own small answer can draw: the explorer
 * with nothing focused, expanded, hidden, filtered or on a path. Anything else needs the whole graph
 * before its first drawing.
 */
export function opensOnOverview(url: UrlState): boolean {
  return (
    url.view === 'explore' &&
    url.scene === 'overview' &&
    !url.focus &&
    !url.path &&
    url.expand.length === 0 &&
    url.hidden.length === 0 &&
    !isFiltered(url.filters)
  );
}

/**
 * The first view's data, resolved only once the canvas chunk has arrived too (both are asked for at
 * once). Rendered with the data but without the canvas, the explorer would suspend on the chunk, and
 * React keeps a revealed fallback for at least 300 ms before it swaps the canvas in: on a first visit
 * that wait was a fifth of the time to the first drawing. A chunk that fails to load does not fail
 * the data; the canvas's own boundary reports it.
 *
 * A page that opens on the overview gets the overview alone (40 technologies rather than the whole
 * graph's 600 and their 3,500 relations), and the app loads the whole graph once it is drawn.
 */
export function loadFirstView(signal: AbortSignal): Promise<BaseGraph> {
  const data = opensOnOverview(decodeUrlState(window.location.search)) ? loadOverview(signal) : loadBaseGraph(signal);
  return Promise.all([data, loadGraphCanvas().catch(() => undefined)]).then(([base]) => base);
}

/** The useAsync key of the whole graph, when the first view came without it. */
const wholeGraphKey = 'whole-graph';

/** What the views are given: the graph, and whether the rest of it failed to arrive after the overview. */
export interface ViewGraph {
  base: AsyncResult<BaseGraph>;
  /**
   * Set when the whole graph failed to load after the explorer drew the overview from its own answer:
   * the drawn overview stays, and this says why and asks again. Views that need the whole graph get
   * its error in `base` instead.
   */
  rest: { message: string; retry: () => void } | null;
}

/**
 * The graph the views work on: the first view's data, and after a first view drawn from the
 * overview alone, the whole graph (with that view's vocabulary and layout kept). The whole graph is asked for
 * once the first view is drawn, so its download and reading never delay that drawing, or at once
 * when another view than the explorer needs it. Views other than the explorer wait for `whole`.
 */
export function useBaseGraph(view: ViewName): ViewGraph {
  const first = useAsync(baseGraphKey, loadFirstView);
  const firstData = first.status === 'success' ? first.data : null;
  const partial = firstData !== null && !firstData.whole;
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!partial) return;
    // Cytoscape draws in its own frame callback, asked for when the canvas mounted: this one runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [partial]);
  const whole = useAsync(partial && (drawn || view !== 'explore') ? wholeGraphKey : null, (signal) => loadWholeGraph(firstData as BaseGraph, signal));
  if (!partial || whole.status === 'idle' || whole.status === 'loading') return { base: first, rest: null };
  if (whole.status === 'error' && view === 'explore') return { base: first, rest: { message: whole.error.message, retry: whole.retry } };
  return { base: whole, rest: null };
}
