import { useCallback, useEffect, useState } from 'react';
import { decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts';

export type UrlStateUpdate = Partial<UrlState> | ((state: UrlState) => UrlState);

/**
 * The view state lives in the address bar: each change is a history entry (or replaces the
 * current one for in-between steps), and back/forward restore the matching state.
 */
export function useUrlState(): [UrlState, (update: UrlStateUpdate, options?: { replace?: boolean }) => void] {
  const [state, setState] = useState(() => decodeUrlState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(decodeUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: UrlStateUpdate, options: { replace?: boolean } = {}) => {
    const current = decodeUrlState(window.location.search);
    const next = typeof change === 'function' ? change(current) : { ...current, ...change };
    const search = encodeUrlState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    // Decoding what was written keeps React state and the address bar identical.
    setState(decodeUrlState(search));
  }, []);

  return [state, update];
}
