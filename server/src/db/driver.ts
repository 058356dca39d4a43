import { LRUCache } from 'lru-cache';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { AvailabilityGate } from './availability.ts';
import { classify, DatabaseUnavailableError, isUnavailable, limitCodes } from './db-errors.ts';
import { bumpGraphVersionCypher } from './graph-version.ts';
import { connectionsInUse } from './pool-use.ts';
import { StatementLimiter } from './statement-limiter.ts';
import { toPlain } from './to-plain.ts';
import { defaultWarmUp, type WarmUpPlan, warmOrder, warmUp } from './warm-up.ts';

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Statements in Neo4j at once from this server; more wait their turn (StatementLimiter). @default 16 */
  maxConcurrentStatements?: number;
  /** Longest a statement waits for its turn before the request is told to try again. @default 10000 */
  statementWaitMs?: number;
  /** How a restarted Neo4j is warmed before requests return (warm-up.ts). @default two lanes, 6 s */
  warmUp?: WarmUpPlan;
}

/** How a read is run. */
export interface ReadConfig {
  timeoutMs?: number;
  /** Retry transient failures for up to a few seconds. @default true */
  retry?: boolean;
}

/** How a write is run. */
export interface WriteConfig {
  timeoutMs?: number;
  /**
   * Whether the write changes what queries answer, and so bumps the graph version in the same
   * transaction. Schema statements (which Neo4j will not mix with data writes) and bookkeeping like
   * the seed lease say false. @default true
   */
  graphChange?: boolean;
}

export { DatabaseUnavailableError, isUnavailable, QueryLimitError } from './db-errors.ts';

/** Told the new graph version after each write of this Db commits. */
export type GraphWriteListener = (version: string) => void;

async function bumpVersion(tx: { run: (cypher: string) => Promise<{ records: Array<{ get: (key: string) => unknown }> }> }): Promise<string> {
  const result = await tx.run(bumpGraphVersionCypher);
  return String(result.records[0]?.get('stamp'));
}

/**
 * Keeps a statement for the availability gate's warm-up, unless its parameters are big: a seed's
 * batches would be executed again in full, would stay in memory meanwhile, and requests never send them.
 */
function remember(recent: LRUCache<string, Record<string, unknown>>, cypher: string, params: Record<string, unknown>): void {
  if (JSON.stringify(params).length <= 2_000) recent.set(cypher, params);
}

/** How long a read retries transient failures; the driver's maxTransactionRetryTime below, for writes. */
const readRetryMs = 3_000;

/**
 * The one handle on Neo4j. Reads run in read sessions and writes through executeWrite, so a cluster
 * routes each to the right member; every row comes back as plain JS values.
 */
export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly writeListeners = new Set<GraphWriteListener>();
  /** Fails statements at once while Neo4j is known to be unreachable, and warms it up when it is back (see AvailabilityGate). */
  readonly availability = new AvailabilityGate({ probe: () => this.direct('RETURN 1', {}, 2_000), warm: () => this.replayRecent() });
  /** The read statements run lately with their last parameters: what a restarted Neo4j is asked to plan before requests return. */
  private readonly recentReads = new LRUCache<string, Record<string, unknown>>({ max: 40 });
  /** The same for write statements, which the warm-up runs in transactions it rolls back. */
  private readonly recentWrites = new LRUCache<string, Record<string, unknown>>({ max: 20 });
  /** Takes turns for user statements; the gate's probe and warm-up run outside it. */
  readonly turns: StatementLimiter;
  private readonly warmUpPlan: WarmUpPlan;

  constructor(options: DbOptions) {
    this.database = options.database;
    this.warmUpPlan = options.warmUp ?? defaultWarmUp;
    this.turns = new StatementLimiter(options.maxConcurrentStatements ?? 16, options.statementWaitMs ?? 10_000);
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Below the HTTP timeout, so a query against a dead database fails fast.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 50,
      // A connection that sat idle for a second is tested (RESET) before it is handed out: after Neo4j
      // restarts, the pool still holds connections to the old process, and one of them failing a
      // request would trip the availability gate again right after it opened.
      connectionLivenessCheckTimeout: 1_000,
    });
  }

  /** Sessions opened and not yet closed: 0 whenever no statement runs, so a leak shows (the soak reads it). */
  private openSessions = 0;

  private session(mode: 'READ' | 'WRITE'): Session {
    this.openSessions++;
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database && { database: this.database }),
    });
  }

  private async release(session: Session): Promise<void> {
    this.openSessions--;
    await session.close();
  }

  /** Sessions open and pooled connections lent out now; both are 0 when the server is idle. */
  poolUse(): { sessions: number; connections: number | null } {
    return { sessions: this.openSessions, connections: connectionsInUse(this.driver) };
  }

  /**
   * Runs one read query as an auto-commit transaction in a read session; rows are plain objects.
   * One statement needs no BEGIN and COMMIT of its own: auto-commit saves those round trips, about
   * 1.7 ms at p50 and 4 ms at p95 per statement on the bench machine. Transient failures
   * (a restart, a leader change) are retried for up to `readRetryMs`, as a managed transaction
   * would be; a query stopped at its time or memory limit is not, since it would only fail again.
   */
  async read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, config?: ReadConfig): Promise<T[]> {
    const started = Date.now();
    const mayRetry = () => config?.retry !== false && Date.now() - started < readRetryMs;
    for (let attempt = 0; ; attempt++) {
      if (this.availability.admit()) {
        const session = this.session('READ');
        try {
          const result = await this.turns.run(() => session.run(cypher, params, config?.timeoutMs ? { timeout: config.timeoutMs } : undefined));
          remember(this.recentReads, cypher, params);
          return result.records.map((r) => toPlain(r.toObject()) as T);
        } catch (error) {
          if (isUnavailable(error)) this.availability.unreachable();
          const code = (error as { code?: string } | undefined)?.code;
          const again = (error as { retryable?: unknown }).retryable === true && !(code && limitCodes.has(code)) && mayRetry();
          if (!again) throw classify(error);
        } finally {
          await this.release(session);
        }
      } else if (!mayRetry()) throw new DatabaseUnavailableError();
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 1_000)));
    }
  }

  /** Runs `work` unless Neo4j is known to be unreachable, and tells the availability gate how it went. */
  private async gated<T>(work: () => Promise<T>): Promise<T> {
    if (!this.availability.admit()) throw new DatabaseUnavailableError();
    try {
      return await this.turns.run(work);
    } catch (error) {
      if (isUnavailable(error)) this.availability.unreachable();
      throw error;
    }
  }

  /** Runs one write query in a managed write transaction (retried by the driver on transient errors). */
  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, config?: WriteConfig): Promise<T[]> {
    const session = this.session('WRITE');
    const txConfig = config?.timeoutMs ? { timeout: config.timeoutMs } : undefined;
    const graphChange = config?.graphChange ?? true;
    try {
      const { rows, version } = await this.gated(() =>
        session.executeWrite(async (tx) => {
          const rows = (await tx.run(cypher, params)).records.map((r) => toPlain(r.toObject()) as T);
          remember(this.recentWrites, cypher, params);
          return { rows, version: graphChange ? await bumpVersion(tx) : undefined };
        }, txConfig),
      );
      if (version !== undefined) this.announce(version);
      return rows;
    } catch (error) {
      throw classify(error);
    } finally {
      await this.release(session);
    }
  }

  /** Runs several statements in one write transaction: all of them apply or none does. It bumps the graph version last. */
  async writeTransaction<T>(
    work: (tx: { run: <R = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>) => Promise<R[]> }) => Promise<T>,
  ): Promise<T> {
    const session = this.session('WRITE');
    try {
      const { value, version } = await this.gated(() =>
        session.executeWrite(async (tx) => {
          const value = await work({
            run: async <R>(cypher: string, params: Record<string, unknown> = {}) => {
              const result = await tx.run(cypher, params);
              remember(this.recentWrites, cypher, params);
              return result.records.map((r) => toPlain(r.toObject()) as R);
            },
          });
          return { value, version: await bumpVersion(tx) };
        }),
      );
      this.announce(version);
      return value;
    } catch (error) {
      throw classify(error);
    } finally {
      await this.release(session);
    }
  }

  /** Calls `listener` with the new graph version after every committed write through this Db; returns the unsubscribe. */
  onGraphWrite(listener: GraphWriteListener): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private announce(version: string): void {
    for (const listener of this.writeListeners) listener(version);
  }

  /** Resolves when the database answers a trivial query, rejects otherwise (at once while it is known to be down). */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.read('RETURN 1 AS ok', {}, { timeoutMs, retry: this.availability.admit() });
  }

  /** One read statement outside the availability gate, for the gate's own probe and warm-up. */
  private async direct(cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<void> {
    const session = this.session('READ');
    try {
      await session.run(cypher, params, { timeout: timeoutMs });
    } finally {
      await this.release(session);
    }
  }

  /**
   * Runs the recent statements again, a few at a time, so Neo4j plans each once instead of once per
   * waiting request (warm-up.ts): reads as they are, writes (and the version bump) in a transaction
   * that is rolled back, so nothing changes. A write that fails (a duplicate id, say) has still been
   * planned; the warm-up stops only when the database is gone again.
   */
  private async replayRecent(): Promise<void> {
    const statements = warmOrder(this.recentReads.entries(), [...this.recentWrites.entries(), [bumpGraphVersionCypher, {}]]);
    await warmUp(statements, this.warmUpPlan, async ({ cypher, params, mode }) => {
      try {
        if (mode === 'read') await this.direct(cypher, params, 2_000);
        else await this.rolledBack(cypher, params);
        return true;
      } catch (error) {
        return !isUnavailable(error);
      }
    });
  }

  /** One write statement outside the gate, in a transaction that is rolled back whatever happens. */
  private async rolledBack(cypher: string, params: Record<string, unknown>): Promise<void> {
    const session = this.session('WRITE');
    const tx = session.beginTransaction({ timeout: 2_000 });
    try {
      await tx.run(cypher, params);
    } finally {
      await tx.rollback().catch(() => {});
      await this.release(session);
    }
  }

  async close(): Promise<void> {
    await this.availability.close();
    await this.driver.close();
  }
}
