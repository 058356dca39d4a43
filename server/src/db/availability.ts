/** What the gate runs while the database is down: a trivial statement, and the warm-up once that answers. */
export interface AvailabilityChecks {
  /** Resolves when the database answers a trivial statement. */
  probe(): Promise<void>;
  /** Prepares the database for traffic once it answers again (plans the usual statements); its failures are ignored. */
  warm(): Promise<void>;
}

/**
 * Remembers that Neo4j could not be reached, so that requests fail at once instead of each one
 * trying to connect and holding a pool slot for seconds. While the database is down, no request gets
 * through: the gate probes it itself every `probeEveryMs`, and once it answers, warms it up before
 * letting requests in again.
 *
 * The warm-up is what keeps a restart from outlasting itself. A restarted Neo4j has no query plans
 * cached, and planning one of our statements cold takes 1-4 s. Let 20 requests a second in at once
 * and every one of them plans its statement at the same time on two cores; in the soak that pile-up
 * went on for half a minute after Neo4j was back. Planned once each, in turn, it takes a few seconds.
 *
 * A general circuit breaker (opossum and the like) opens on an error rate over a rolling window, so
 * after minutes of successes it would keep sending requests into a dead database for seconds, and it
 * lets user requests through as its probes. Here the first "cannot reach" error is enough.
 */
export class AvailabilityGate {
  private downSince: number | undefined;
  private watching: Promise<void> | undefined;
  private closed = false;
  /** Ends the wait before the next probe at once (on close). */
  private wake: () => void = () => {};

  constructor(
    private readonly checks: AvailabilityChecks,
    readonly probeEveryMs = 500,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether requests may use the database now: false from the first "cannot reach" error until a probe and the warm-up are done. */
  admit(): boolean {
    return this.downSince === undefined;
  }

  /** A statement failed because the database could not be reached: refuse requests and start probing. */
  unreachable(): void {
    if (this.closed || this.downSince !== undefined) return;
    this.downSince = this.now();
    this.watching = this.watch().finally(() => {
      this.watching = undefined;
    });
  }

  /** Since when the database has been unreachable, or undefined while requests may use it. */
  get downSinceMs(): number | undefined {
    return this.downSince;
  }

  /** Stops probing (the Db is closing). */
  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    await this.watching;
  }

  private async watch(): Promise<void> {
    while (!this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.probeEveryMs);
        timer.unref?.();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.closed) return;
      try {
        await this.checks.probe();
      } catch {
        continue;
      }
      await this.checks.warm().catch(() => {});
      this.downSince = undefined;
      return;
    }
  }
}
