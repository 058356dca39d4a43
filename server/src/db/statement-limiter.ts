import pLimit, { type LimitFunction } from 'p-limit';

/** A statement waited its whole `maxWaitMs` for a turn; the caller tells the client to try again. */
export class StatementQueueTimeout extends Error {
  constructor(waitedMs: number) {
    super(`No turn to run a statement within ${waitedMs} ms: the database is busy.`);
    this.name = 'StatementQueueTimeout';
  }
}

/**
 * At most `concurrency` statements in Neo4j at once from this server; the others wait their turn in
 * order, each at most `maxWaitMs`. Neo4j on a small machine answers no faster with fifty statements
 * at once than with a handful, and a cold one (just restarted, its plans and JIT gone) answers far
 * slower: every statement competes for the same cores, the driver's pool fills, and requests fail for
 * half a minute after the database is back. Waiting here costs nothing but time, in arrival order.
 * A statement that has started is never cut short by the wait bound; its own timeout applies.
 */
export class StatementLimiter {
  private readonly limit: LimitFunction;

  constructor(
    readonly concurrency: number,
    readonly maxWaitMs: number,
  ) {
    this.limit = pLimit(concurrency);
  }

  /** Statements running now, and waiting for a turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.limit.activeCount, waiting: this.limit.pendingCount };
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    let started = false;
    let abandoned = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const turn = this.limit(() => {
      if (abandoned) return Promise.resolve(undefined as T);
      started = true;
      clearTimeout(timer);
      return work();
    });
    const waited = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (started) return;
        abandoned = true;
        reject(new StatementQueueTimeout(this.maxWaitMs));
      }, this.maxWaitMs);
    });
    return Promise.race([turn, waited]);
  }
}
