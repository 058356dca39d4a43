import { describe, expect, it } from 'vitest';
import { ReadCache, type ReadCacheLimits } from '../../../server/src/read-cache.ts';

/** A cache over a version the test sets by hand, on a clock the test moves by hand. */
function setup(limits: Partial<ReadCacheLimits> = {}) {
  const state = { version: 'v1', reads: 0, clock: 0, failing: false };
  const cache = new ReadCache(
    async () => {
      state.reads++;
      if (state.failing) throw new Error('Neo4j does not answer');
      return state.version;
    },
    { checkMs: 250, maxEntries: 100, maxBytes: 1_000_000, ...limits },
    () => state.clock,
  );
  return { cache, state };
}

const answer = (text: string) => ({ data: { text } });

describe('the read cache', () => {
  it('gives back an answer kept in the current epoch', async () => {
    const { cache } = setup();
    const epoch = await cache.currentEpoch();
    if (!epoch) throw new Error('no epoch');
    cache.offer('q', epoch, answer('one'));
    expect(cache.get('q', epoch)?.result).toEqual(answer('one'));
    expect(cache.get('q', epoch)?.json).toBe(JSON.stringify(answer('one')));
  });

  it('asks for the version at most once per check interval, however many requests come', async () => {
    const { cache, state } = setup();
    await Promise.all([cache.currentEpoch(), cache.currentEpoch(), cache.currentEpoch()]);
    state.clock = 249;
    await cache.currentEpoch();
    expect(state.reads).toBe(1);
    state.clock = 250;
    await cache.currentEpoch();
    expect(state.reads).toBe(2);
  });

  it('drops every answer once the version read from the database changes', async () => {
    const { cache, state } = setup();
    const first = await cache.currentEpoch();
    if (!first) throw new Error('no epoch');
    cache.offer('q', first, answer('old'));
    state.version = 'v2';
    state.clock = 300;
    const second = await cache.currentEpoch();
    if (!second) throw new Error('no epoch');
    expect(second).not.toBe(first);
    expect(cache.get('q', second)).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });

  it('keeps answers while the version stays the same across checks', async () => {
    const { cache, state } = setup();
    const first = await cache.currentEpoch();
    if (!first) throw new Error('no epoch');
    cache.offer('q', first, answer('same'));
    state.clock = 1_000;
    const again = await cache.currentEpoch();
    expect(again).toBe(first);
    if (again) expect(cache.get('q', again)?.result).toEqual(answer('same'));
  });

  it('forgets everything at once after a write of its own, and refuses an answer read before it', async () => {
    const { cache } = setup({ checkMs: 60_000 });
    const before = await cache.currentEpoch();
    if (!before) throw new Error('no epoch');
    cache.offer('q', before, answer('kept'));
    cache.noteOwnWrite();
    // An answer whose reading started before the write finishes after it: it may miss the write.
    cache.offer('late', before, answer('late'));
    const after = await cache.currentEpoch();
    if (!after) throw new Error('no epoch');
    expect(cache.get('q', after)).toBeUndefined();
    expect(cache.get('late', after)).toBeUndefined();
  });

  it('never keeps errors or partial answers', async () => {
    const { cache } = setup();
    const epoch = await cache.currentEpoch();
    if (!epoch) throw new Error('no epoch');
    const error = { message: 'No technology has the id x.' } as never;
    cache.offer('error', epoch, { errors: [error] });
    cache.offer('partial', epoch, { data: { a: 1, b: null }, errors: [error] });
    cache.offer('null', epoch, { data: null });
    expect(cache.size.entries).toBe(0);
  });

  it('caches nothing while the version cannot be read', async () => {
    const { cache, state } = setup();
    state.failing = true;
    expect(await cache.currentEpoch()).toBeUndefined();
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const { cache } = setup({ maxEntries: 3 });
    const epoch = await cache.currentEpoch();
    if (!epoch) throw new Error('no epoch');
    for (const key of ['a', 'b', 'c']) cache.offer(key, epoch, answer(key));
    cache.get('a', epoch);
    cache.offer('d', epoch, answer('d'));
    expect(cache.size.entries).toBe(3);
    expect(cache.get('b', epoch)).toBeUndefined();
    expect(cache.get('a', epoch)).toBeDefined();
  });

  it('keeps at most maxBytes of answers and keys, and never an answer larger than that', async () => {
    const { cache } = setup({ maxBytes: 2_000 });
    const epoch = await cache.currentEpoch();
    if (!epoch) throw new Error('no epoch');
    for (let i = 0; i < 20; i++) cache.offer(`key-${i}`, epoch, answer('x'.repeat(300)));
    expect(cache.size.bytes).toBeLessThanOrEqual(2_000);
    expect(cache.size.entries).toBeLessThan(20);
    cache.offer('huge', epoch, answer('y'.repeat(5_000)));
    expect(cache.get('huge', epoch)).toBeUndefined();
    expect(cache.size.bytes).toBeLessThanOrEqual(2_000);
  });
});
