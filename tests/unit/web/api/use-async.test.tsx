// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../web/src/api/client.ts';
import { clearAsyncCache, preload, useAsync } from '../../../../web/src/api/use-async.ts';

afterEach(() => {
  cleanup();
  clearAsyncCache();
});

describe('preload', () => {
  it('hands the answer it started to the first component that asks, without loading again', async () => {
    let answer: (value: string) => void = () => {};
    const early = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    const late = vi.fn(async () => 'loaded again');
    preload('graph', early);
    const { result } = renderHook(() => useAsync('graph', late));
    expect(result.current.status).toBe('loading');
    await act(async () => answer('preloaded'));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 'preloaded' }));
    expect(early).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('reports a failed preload, and its retry loads afresh', async () => {
    preload('graph', async () => {
      throw new ApiError('The techgraph API does not answer; check that the server is running, then retry.', 'unreachable');
    });
    const load = vi.fn(async () => 'back');
    const { result } = renderHook(() => useAsync('graph', load));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(load).not.toHaveBeenCalled();
    act(() => result.current.retry());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 'back' }));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
