// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyGraphCanvas, loadGraphCanvas } from '../../../../web/src/canvas/lazy-canvas.ts';

// The real canvas needs a browser's 2D context; the chunk's loading is what is under test.
vi.mock('../../../../web/src/canvas/GraphCanvas.tsx', () => ({ GraphCanvas: ({ label }: { label: string }) => <p>{label}</p> }));

afterEach(cleanup);

const fallbacks = vi.fn(() => null);
const Fallback = () => fallbacks();

describe('LazyGraphCanvas', () => {
  it('renders at once, without a suspended fallback, once the chunk has arrived', async () => {
    await loadGraphCanvas();
    fallbacks.mockClear();
    render(
      <Suspense fallback={<Fallback />}>
        <LazyGraphCanvas elements={[]} stylesheet={[]} layout="force" label="the canvas" />
      </Suspense>,
    );
    // Synchronously after render: React did not suspend, so it has nothing to reveal later.
    expect(screen.getByText('the canvas')).toBeTruthy();
    expect(fallbacks).not.toHaveBeenCalled();
  });
});
