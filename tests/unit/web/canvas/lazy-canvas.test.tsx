// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGraphCanvas } from '../../../../web/src/canvas/lazy-canvas.ts';
import { renderLazyCanvas } from './render-lazy-canvas.tsx';

// The real canvas needs a browser's 2D context; the chunk's loading is what is under test.
vi.mock('../../../../web/src/canvas/GraphCanvas.tsx', () => ({ GraphCanvas: ({ label }: { label: string }) => <p>{label}</p> }));

afterEach(cleanup);

describe('LazyGraphCanvas', () => {
  it('renders at once, without a suspended fallback, once the chunk has arrived', async () => {
    await loadGraphCanvas();
    // Synchronously after render: React did not suspend, so it has nothing to reveal later.
    expect(renderLazyCanvas()).toEqual({ shown: true, fallbackShown: false });
  });
});
