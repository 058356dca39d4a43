import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * Hands keyboard focus to `fallback` when the panel holding it goes away, whatever closed it: its
 * own button, Escape, the browser's Back, hiding the node it describes. Without it focus falls to
 * the page body and a keyboard user starts again from the top. A layout effect's cleanup runs
 * before React detaches the panel, so the panel can still tell whether it held focus.
 */
export function useFocusReturn(panel: RefObject<HTMLElement | null>, fallback: () => void): void {
  const latest = useRef(fallback);
  useLayoutEffect(() => {
    latest.current = fallback;
  });
  useLayoutEffect(() => {
    const node = panel.current;
    return () => {
      if (node?.contains(document.activeElement)) latest.current();
    };
  }, [panel]);
}
