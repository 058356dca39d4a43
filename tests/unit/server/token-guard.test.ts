import { describe, expect, it } from 'vitest';
import { maxDelayMs, TokenGuard } from '../../../server/src/token-guard.ts';

const token = 'the-right-token-0123456789';
const limits = { slowAfter: 2, refuseAfter: 4, windowSeconds: 60, delayStepMs: 300 };

function guard() {
  let now = 1_000_000;
  const g = new TokenGuard(token, limits, () => now);
  return { g, advance: (ms: number) => (now += ms) };
}

const wrong = 'Bearer not-the-token';
const right = `Bearer ${token}`;

describe('the token guard', () => {
  it('answers the first wrong tokens at once, then slows each further one by another step, then refuses with a retry time', () => {
    const { g } = guard();
    expect(g.check('10.0.0.1', wrong)).toEqual({ kind: 'wrong', delayMs: 0 });
    expect(g.check('10.0.0.1', wrong)).toEqual({ kind: 'wrong', delayMs: 0 });
    expect(g.check('10.0.0.1', wrong)).toEqual({ kind: 'wrong', delayMs: 300 });
    expect(g.check('10.0.0.1', wrong)).toEqual({ kind: 'wrong', delayMs: 600 });
    expect(g.check('10.0.0.1', wrong)).toEqual({ kind: 'refused', retryAfterSeconds: 60 });
  });

  it('refuses even the right token from an address while it is refused, so a guess cannot be confirmed', () => {
    const { g } = guard();
    for (let i = 0; i < 4; i++) g.check('10.0.0.1', wrong);
    expect(g.check('10.0.0.1', right).kind).toBe('refused');
  });

  it("never slows or refuses the right token from another address because of this address's failures", () => {
    const { g } = guard();
    for (let i = 0; i < 10; i++) g.check('10.0.0.1', wrong);
    expect(g.check('10.0.0.2', right)).toEqual({ kind: 'right' });
    expect(g.check('10.0.0.2', wrong)).toEqual({ kind: 'wrong', delayMs: 0 });
  });

  it('lets an address in again once its failures have left the window, counting down the retry time meanwhile', () => {
    const { g, advance } = guard();
    for (let i = 0; i < 4; i++) g.check('10.0.0.1', wrong);
    advance(45_000);
    expect(g.check('10.0.0.1', right)).toEqual({ kind: 'refused', retryAfterSeconds: 15 });
    advance(15_001);
    expect(g.check('10.0.0.1', right)).toEqual({ kind: 'right' });
  });

  it('ignores requests without a bearer token, and every token when no API token is configured', () => {
    const { g } = guard();
    expect(g.check('10.0.0.1', undefined)).toEqual({ kind: 'none' });
    expect(g.check('10.0.0.1', 'Basic abc')).toEqual({ kind: 'none' });
    const open = new TokenGuard(undefined, limits);
    for (let i = 0; i < 10; i++) expect(open.check('10.0.0.1', wrong)).toEqual({ kind: 'none' });
  });

  it('holds no answer back longer than the cap, however many steps', () => {
    const g = new TokenGuard(token, { slowAfter: 0, refuseAfter: 1000, windowSeconds: 60, delayStepMs: 5000 });
    let last = 0;
    for (let i = 0; i < 10; i++) {
      const verdict = g.check('10.0.0.1', wrong);
      if (verdict.kind === 'wrong') last = verdict.delayMs;
    }
    expect(last).toBe(maxDelayMs);
  });

  it('remembers a bounded number of addresses', () => {
    const { g } = guard();
    for (let i = 0; i < 12_000; i++) g.check(`10.1.${i >> 8}.${i & 255}`, wrong);
    expect(g.trackedAddresses).toBe(10_000);
  });
});
