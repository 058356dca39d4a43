import { tokenMatches } from './context.ts';

export interface TokenGuardLimits {
  /** Wrong tokens an address may send within the window before its answers are slowed. @default 5 */
  slowAfter: number;
  /** Wrong tokens an address may send within the window before it is refused with 429. @default 20 */
  refuseAfter: number;
  /** How long a wrong token counts against its address, in seconds; a refusal lasts until enough of them expire. @default 900 */
  windowSeconds: number;
  /** Delay added per wrong token past `slowAfter`, in milliseconds, up to `maxDelayMs`. @default 500 */
  delayStepMs: number;
}

export const defaultTokenGuardLimits: TokenGuardLimits = { slowAfter: 5, refuseAfter: 20, windowSeconds: 900, delayStepMs: 500 };

/** The longest a wrong token's answer is held back; past that the client is refused, not held. */
export const maxDelayMs = 10_000;

/** Addresses remembered at once; a flood of spoofed-looking sources cannot grow memory past this. */
const maxAddresses = 10_000;

export type TokenVerdict =
  /** No bearer token, or no API token configured: nothing to guess. */
  { kind: 'none' } | { kind: 'right' } | { kind: 'wrong'; delayMs: number } | { kind: 'refused'; retryAfterSeconds: number };

/**
 * Counts wrong bearer tokens per client address in a sliding window: past `slowAfter` each answer is
 * held back a little longer, past `refuseAfter` every bearer request from that address is refused
 * until enough failures expire. Refused requests are not checked at all, so a guesser cannot learn
 * from them whether a guess was right. Other addresses are never affected.
 */
export class TokenGuard {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly apiToken: string | undefined,
    private readonly limits: TokenGuardLimits = defaultTokenGuardLimits,
    private readonly now: () => number = Date.now,
  ) {}

  check(address: string, authorization: string | undefined): TokenVerdict {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!this.apiToken || !bearer) return { kind: 'none' };
    const now = this.now();
    const windowMs = this.limits.windowSeconds * 1000;
    const recent = (this.failures.get(address) ?? []).filter((at) => at > now - windowMs);
    if (recent.length >= this.limits.refuseAfter) {
      // Refused until the failure that made the count reach the limit leaves the window.
      const freedAt = (recent[recent.length - this.limits.refuseAfter] ?? now) + windowMs;
      return { kind: 'refused', retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now) / 1000)) };
    }
    if (tokenMatches(bearer, this.apiToken)) return { kind: 'right' };
    recent.push(now);
    this.remember(address, recent);
    const over = recent.length - this.limits.slowAfter;
    return { kind: 'wrong', delayMs: over > 0 ? Math.min(over * this.limits.delayStepMs, maxDelayMs) : 0 };
  }

  /** Addresses with a failure in the window; for tests and a bounded-memory check. */
  get trackedAddresses(): number {
    return this.failures.size;
  }

  private remember(address: string, recent: number[]): void {
    this.failures.delete(address);
    this.failures.set(address, recent);
    // Map order is insertion order and each write re-inserts, so the first entry is the one whose last failure is oldest.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= maxAddresses) break;
      this.failures.delete(key);
    }
  }
}
