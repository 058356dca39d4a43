import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface ReadCacheLimits {
  /**
   * How often, at most, the cache asks Neo4j for the graph version; so also the longest a write made
   * by another process (another server, a seed) can go unseen here. @default 250
   */
  checkMs: number;
  /** Most answers kept. @default 5000 */
  maxEntries: number;
  /** Most bytes kept, counting each answer's JSON and its key. @default 32 MiB */
  maxBytes: number;
}

export const defaultReadCacheLimits: ReadCacheLimits = { checkMs: 250, maxEntries: 5_000, maxBytes: 32 * 2 ** 20 };

/** One kept answer: the result and its JSON, serialised once. */
export interface CachedAnswer {
  result: ExecutionResult;
  json: string;
}

/**
 * A period during which the graph version did not change as far as this server knows. Answers are
 * only kept for the epoch they were read in, so an answer read before a change never outlives it.
 */
export type Epoch = { readonly serial: number };

/**
 * Answers to read queries, reused while the graph version in Neo4j stays the one last read.
 *
 * The version is read at most every `checkMs`, by one query shared by the requests that arrive
 * meanwhile. A changed version, or a write through this server's own Db, starts a new epoch and
 * drops every answer. A request learns the epoch before it reads the graph and offers its answer
 * with that epoch; an answer offered after the epoch moved on is discarded, since it may hold data
 * from before the change.
 */
export class ReadCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private epoch: Epoch = { serial: 0 };
  private version: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<Epoch | undefined> | undefined;

  constructor(
    private readonly readVersion: () => Promise<string>,
    readonly limits: ReadCacheLimits = defaultReadCacheLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.answers = new LRUCache<string, CachedAnswer>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      sizeCalculation: (answer, key) => Math.max(1, byteLength(answer.json) + byteLength(key)),
    });
  }

  /** The epoch a request may read and keep answers in, or undefined when the version cannot be read (then nothing is cached). */
  async currentEpoch(): Promise<Epoch | undefined> {
    if (this.version !== undefined && this.now() - this.checkedAt < this.limits.checkMs) return this.epoch;
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async check(): Promise<Epoch | undefined> {
    const started = this.now();
    const before = this.epoch;
    let version: string;
    try {
      version = await this.readVersion();
    } catch {
      return undefined;
    }
    // A write through this server committed while the version was being read: that read may predate it.
    if (this.epoch !== before) return undefined;
    if (version !== this.version) this.startEpoch(version);
    // From when the question was asked, so a write just after it is still caught within checkMs.
    this.checkedAt = started;
    return this.epoch;
  }

  private startEpoch(version: string | undefined): void {
    this.epoch = { serial: this.epoch.serial + 1 };
    this.version = version;
    this.answers.clear();
  }

  /**
   * The epoch as last learned, without asking Neo4j. A request with nothing kept under its key reads
   * the graph in it: its answer is kept only if no change is learned before it is offered, and every
   * later hit learns the version afresh (currentEpoch), so such an answer never outlives a change.
   */
  get knownEpoch(): Epoch {
    return this.epoch;
  }

  /** Whether the version has been read since this server started or last wrote. */
  get knowsVersion(): boolean {
    return this.version !== undefined;
  }

  /** Whether an answer is kept under `key`, in any epoch. */
  has(key: string): boolean {
    return this.answers.has(key);
  }

  /** The kept answer for `key`, when it was read in `epoch` and that epoch is still the current one. */
  get(key: string, epoch: Epoch): CachedAnswer | undefined {
    return epoch === this.epoch ? this.answers.get(key) : undefined;
  }

  /** Keeps a successful answer read in `epoch`; errors, partial answers and answers from a past epoch are refused. */
  offer(key: string, epoch: Epoch, result: ExecutionResult): void {
    if (epoch !== this.epoch || result.errors?.length || result.data == null) return;
    this.answers.set(key, { result, json: JSON.stringify(result) });
  }

  /** This server wrote to the graph: forget everything, and read the version afresh on the next request. */
  noteOwnWrite(): void {
    this.startEpoch(undefined);
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** How many answers and bytes are kept now. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.answers.size, bytes: this.answers.calculatedSize };
  }
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
