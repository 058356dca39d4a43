import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client.ts';

export type AsyncState<R> =
  | { status: 'idle' }
  | { status: 'loading'; data?: R }
  | { status: 'success'; data: R }
  | { status: 'error'; error: ApiError; data?: R };

export type AsyncResult<R> = AsyncState<R> & { retry: () => void };

const cache = new Map<string, unknown>();
const cacheLimit = 60;
/** Loads started by preload() that no component has picked up yet. */
const pending = new Map<string, Promise<unknown>>();

function remember(key: string, value: unknown) {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > cacheLimit) cache.delete(cache.keys().next().value as string);
}

/** Forgets every cached answer; tests call it between cases. */
export function clearAsyncCache(): void {
  cache.clear();
  pending.clear();
}

/**
 * Starts loading `key` now, before any component asks for it (main.tsx, so the first view's data
 * is on its way while the app's code starts). The useAsync that asks next takes
 * the answer, or the error with its retry.
 */
export function preload<R>(key: string, load: (signal: AbortSignal) => Promise<R>): void {
  if (cache.has(key) || pending.has(key)) return;
  const loading = load(new AbortController().signal).then((data) => {
    remember(key, data);
    return data;
  });
  pending.set(key, loading);
  loading.then(
    () => pending.delete(key),
    () => pending.delete(key),
  );
}

/**
 * Runs `load` whenever `key` changes (null means "nothing to load"), keeps the last good answer per
 * key so back/forward and undo are instant, and turns any failure into an ApiError with a retry.
 */
export function useAsync<R>(key: string | null, load: (signal: AbortSignal) => Promise<R>): AsyncResult<R> {
  const [state, setState] = useState<AsyncState<R>>(() => initial<R>(key));
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on retry.
  useEffect(() => {
    if (key === null) {
      // Kept as it is when idle already: a new state object would render the view again for nothing.
      setState((previous) => (previous.status === 'idle' ? previous : { status: 'idle' }));
      return;
    }
    if (cache.has(key)) {
      setState({ status: 'success', data: cache.get(key) as R });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', ...('data' in previous && previous.data !== undefined && { data: previous.data }) }));
    const preloaded = pending.get(key) as Promise<R> | undefined;
    (preloaded ?? loadRef.current(controller.signal)).then(
      (data) => {
        if (controller.signal.aborted) return;
        remember(key, data);
        setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(`Something went wrong while loading (${(error as Error).message}); retry.`, 'unavailable');
        setState({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => {
    if (key !== null) cache.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);

  return { ...state, retry };
}

function initial<R>(key: string | null): AsyncState<R> {
  if (key === null) return { status: 'idle' };
  if (cache.has(key)) return { status: 'success', data: cache.get(key) as R };
  return { status: 'loading' };
}
