import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { LazyGraphCanvas } from '../../../../web/src/canvas/lazy-canvas.ts';

/**
 * Renders the lazy canvas inside a Suspense boundary and tells, synchronously after the render,
 * whether it is on screen and whether React showed the fallback: a canvas that suspended has nothing
 * to show yet and a fallback to reveal later.
 */
let fallbackShown = false;

function Fallback() {
  fallbackShown = true;
  return null;
}

export function renderLazyCanvas(): { shown: boolean; fallbackShown: boolean } {
  fallbackShown = false;
  render(
    <Suspense fallback={<Fallback />}>
      <LazyGraphCanvas elements={[]} stylesheet={[]} layout="force" label="the canvas" />
    </Suspense>,
  );
  return { shown: screen.queryByText('the canvas') !== null, fallbackShown };
}
