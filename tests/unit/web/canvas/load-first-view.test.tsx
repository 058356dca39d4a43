// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BaseGraph } from '../../../../web/src/api/load-base-graph.ts';
import { loadFirstView } from '../../../../web/src/api/load-first-view.ts';
import { renderLazyCanvas } from './render-lazy-canvas.tsx';

// The real canvas needs a browser's 2D context, and the data a server; what is under test is the order they arrive in.
vi.mock('../../../../web/src/canvas/GraphCanvas.tsx', async () => {
  // The chunk arrives after the data, as it does on a first visit (it is the bigger download).
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { GraphCanvas: ({ label }: { label: string }) => <p>{label}</p> };
});
const base = { graph: { nodes: [], edges: [] } } as unknown as BaseGraph;
vi.mock('../../../../web/src/api/load-base-graph.ts', () => ({ loadBaseGraph: async () => base }));

afterEach(cleanup);

describe('loadFirstView', () => {
  it('answers with the data only once the canvas chunk has arrived, so the first drawing never waits on a suspended fallback', async () => {
    expect(await loadFirstView(new AbortController().signal)).toBe(base);
    // Synchronously after render: React did not suspend, so it has nothing to reveal later.
    expect(renderLazyCanvas()).toEqual({ shown: true, fallbackShown: false });
  });
});
