// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BaseGraph } from '../../../web/src/api/load-base-graph.ts';
import { clearAsyncCache } from '../../../web/src/api/use-async.ts';
import { loadFirstView, opensOnOverview, useBaseGraph } from '../../../web/src/first-view.ts';
import { decodeUrlState } from '../../../web/src/state/url-state.ts';
import { renderLazyCanvas } from './canvas/render-lazy-canvas.tsx';

// The real canvas needs a browser's 2D context, and the data a server; what is under test is the order they arrive in.
vi.mock('../../../web/src/canvas/GraphCanvas.tsx', async () => {
  // The chunk arrives after the data, as it does on a first visit (it is the bigger download).
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { GraphCanvas: ({ label }: { label: string }) => <p>{label}</p> };
});
const base = { graph: { nodes: [], edges: [] }, whole: true } as unknown as BaseGraph;
const overview = { graph: { nodes: [], edges: [] }, whole: false } as unknown as BaseGraph;
/** What the whole graph's request does next: answer with `base`, or fail. */
const wholeAnswers: Array<() => Promise<BaseGraph>> = [];
vi.mock('../../../web/src/api/load-base-graph.ts', () => ({
  baseGraphKey: 'base-graph',
  loadBaseGraph: async () => base,
  loadOverview: async () => overview,
  loadWholeGraph: () => (wholeAnswers.shift() ?? (async () => base))(),
}));

afterEach(() => {
  cleanup();
  clearAsyncCache();
  wholeAnswers.length = 0;
});

describe('loadFirstView', () => {
  it('answers with the data only once the canvas chunk has arrived, so the first drawing never waits on a suspended fallback', async () => {
    expect(await loadFirstView(new AbortController().signal)).toBe(overview);
    // Synchronously after render: React did not suspend, so it has nothing to reveal later.
    expect(renderLazyCanvas()).toEqual({ shown: true, fallbackShown: false });
  });

  it('asks for the overview alone on a bare explorer address, and for the whole graph otherwise', async () => {
    window.history.replaceState(null, '', '/?focus=apache-spark');
    expect(await loadFirstView(new AbortController().signal)).toBe(base);
    window.history.replaceState(null, '', '/');
  });
});

describe('opensOnOverview', () => {
  it('holds for the explorer on the overview with nothing focused, expanded, hidden, filtered or on a path', () => {
    const opens = (search: string) => opensOnOverview(decodeUrlState(search));
    expect(opens('')).toBe(true);
    expect(opens('?layout=hierarchical')).toBe(true);
    for (const search of [
      '?scene=all',
      '?scene=empty',
      '?focus=apache-spark',
      '?from=apache-spark&to=hdfs',
      '?view=lineage',
      '?hide=kubernetes',
      '?expand=kubernetes',
    ])
      expect(opens(search), search).toBe(false);
  });
});

describe('useBaseGraph', () => {
  const unreachable = async (): Promise<BaseGraph> => {
    throw new Error('connection refused');
  };

  it('keeps the drawn overview when the whole graph fails after it, says so, and takes the whole graph on a retry', async () => {
    wholeAnswers.push(unreachable);
    const { result } = renderHook(() => useBaseGraph('explore'));
    await waitFor(() => expect(result.current.rest).not.toBeNull());
    expect(result.current.base).toMatchObject({ status: 'success', data: overview });
    expect(result.current.rest?.message).toMatch(/connection refused/);
    act(() => result.current.rest?.retry());
    await waitFor(() => expect(result.current.base).toMatchObject({ status: 'success', data: base }));
    expect(result.current.rest).toBeNull();
  });

  it('gives a view that needs the whole graph its error, with the retry', async () => {
    wholeAnswers.push(unreachable);
    const { result } = renderHook(() => useBaseGraph('lineage'));
    await waitFor(() => expect(result.current.base.status).toBe('error'));
    expect(result.current.rest).toBeNull();
    act(() => result.current.base.retry());
    await waitFor(() => expect(result.current.base).toMatchObject({ status: 'success', data: base }));
  });
});
