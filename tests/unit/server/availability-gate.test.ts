import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AvailabilityGate } from '../../../server/src/db/availability.ts';
import { DatabaseUnavailableError, Db } from '../../../server/src/db/driver.ts';

describe('the availability gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A gate whose probe answers as `up` says, recording what it ran. */
  function gate() {
    const state = { up: false, probes: 0, warmed: 0, warming: Promise.resolve() };
    const g = new AvailabilityGate(
      {
        probe: async () => {
          state.probes++;
          if (!state.up) throw new Error('connection refused');
        },
        warm: async () => {
          state.warmed++;
          await state.warming;
        },
      },
      500,
      () => Date.now(),
    );
    return { g, state };
  }

  it('admits every request while the database is up, and probes nothing', async () => {
    const { g, state } = gate();
    expect([g.admit(), g.admit()]).toEqual([true, true]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.probes).toBe(0);
  });

  it('refuses every request from the first "cannot reach" error, and probes the database itself every interval', async () => {
    const { g, state } = gate();
    g.unreachable();
    expect(g.admit()).toBe(false);
    expect(g.downSinceMs).toBeDefined();
    await vi.advanceTimersByTimeAsync(1_600);
    expect(state.probes).toBe(3);
    expect(g.admit()).toBe(false);
    await g.close();
  });

  it('lets requests in again only after a probe answers and the warm-up has finished', async () => {
    const { g, state } = gate();
    let finishWarming = () => {};
    state.warming = new Promise((resolve) => {
      finishWarming = resolve;
    });
    g.unreachable();
    await vi.advanceTimersByTimeAsync(600);
    state.up = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(state.warmed).toBe(1);
    expect(g.admit()).toBe(false);
    finishWarming();
    await vi.advanceTimersByTimeAsync(0);
    expect(g.admit()).toBe(true);
    expect(g.downSinceMs).toBeUndefined();
  });

  it('keeps the time of the first failure through an outage, however many follow', async () => {
    const { g } = gate();
    g.unreachable();
    const since = g.downSinceMs;
    await vi.advanceTimersByTimeAsync(700);
    g.unreachable();
    expect(g.downSinceMs).toBe(since);
    await g.close();
  });
});

describe('a Db whose database cannot be reached', () => {
  it('fails the next statements at once with DatabaseUnavailableError, without asking the driver for a connection', async () => {
    // Nothing listens on port 9 (discard) here: the first statement learns that, the gate refuses the rest.
    const db = new Db({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
    try {
      await expect(db.read('RETURN 1', {}, { retry: false })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(db.availability.admit()).toBe(false);
      const acquire = vi.spyOn(db.driver, 'session');
      await expect(db.read('RETURN 1', {}, { retry: false })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.ping()).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(acquire).not.toHaveBeenCalled();
    } finally {
      await db.close();
    }
  });
});
