import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { LayoutInput, NodePosition } from './force-layout.ts';

export interface LayoutServiceOptions {
  /**
   * Graphs with more nodes get no server layout (null); the client lays them out itself. @default 1000
   * (the curated graph is about 480 technologies, so its own layout keeps room for what users add;
   * above 500 nodes the force layout runs at draft quality, schema/model/drawing.ts)
   */
  maxNodes?: number;
  /** Layouts kept, most recently used first. @default 16 */
  cacheSize?: number;
  /** The worker thread stops after this long without work, and starts again on the next layout. @default 60 000 */
  idleMs?: number;
}

/** The cache key: the graph's content, so any change to its nodes, degrees or relations asks for a new layout. */
export function layoutKey(input: LayoutInput): string {
  const nodes = input.nodes.map((n) => `${n.id}:${n.degree}`).sort();
  const edges = input.edges.map((e) => `${e.source}>${e.target}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([nodes, edges]))
    .digest('base64url');
}

/**
 * The worker thread's entry file. The built server (server/dist, what `npm start` runs) has the worker
 * bundled beside it as plain JavaScript; from TypeScript source (tests, `npm run dev`) a small plain
 * module loads the TypeScript worker through tsx.
 */
const workerEntry = import.meta.url.endsWith('.ts') ? new URL('./layout-worker-source.mjs', import.meta.url) : new URL('./layout-worker.js', import.meta.url);

interface Pending {
  resolve: (positions: NodePosition[]) => void;
  reject: (error: Error) => void;
}

/**
 * Force layouts for the `layout` field of a subgraph (without them the first view drew only after the
 * browser had spent a second or more in fcose). Layouts run in one worker thread, so a layout never
 * holds up other requests; each is cached by the graph's content, and concurrent requests for the
 * same graph share one run. Nothing is stale: a changed graph has another key.
 */
export class LayoutService {
  readonly maxNodes: number;
  private readonly cacheSize: number;
  private readonly idleMs: number;
  private readonly cache = new Map<string, Promise<NodePosition[]>>();
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Layouts actually computed (not served from the cache), for tests and the bench. */
  computed = 0;

  constructor(options: LayoutServiceOptions = {}) {
    this.maxNodes = options.maxNodes ?? 1000;
    this.cacheSize = options.cacheSize ?? 16;
    this.idleMs = options.idleMs ?? 60_000;
  }

  /** Positions for every node of `input`, or null when the graph is empty or larger than maxNodes. */
  async layout(input: LayoutInput): Promise<NodePosition[] | null> {
    if (input.nodes.length === 0 || input.nodes.length > this.maxNodes) return null;
    const key = layoutKey(input);
    let positions = this.cache.get(key);
    if (positions) {
      // Most recently used goes last, so eviction takes the oldest first.
      this.cache.delete(key);
    } else {
      positions = this.run(input);
      // A failed layout is not kept: the next request tries again.
      positions.catch(() => this.cache.get(key) === positions && this.cache.delete(key));
    }
    this.cache.set(key, positions);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    return positions;
  }

  /** Stops the worker thread; a later layout starts a new one. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(input: LayoutInput): Promise<NodePosition[]> {
    clearTimeout(this.idleTimer);
    this.computed++;
    this.worker ??= this.startWorker();
    const worker = this.worker;
    const id = this.nextId++;
    // A layout someone waits for keeps the process alive; an idle worker does not.
    worker.ref();
    return new Promise<NodePosition[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input });
    });
  }

  private startWorker(): Worker {
    // The curated graph (about 480 nodes, 2,500 relations) ran out of a 32 MB heap; 64 MB lays out
    // 1,000 nodes (maxNodes) in a few seconds here, against V8's default limits of several hundred MB.
    const worker = new Worker(workerEntry, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 } });
    worker.unref();
    worker.on('message', (message: { id: number; positions?: NodePosition[]; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (message.positions) job.resolve(message.positions);
      else job.reject(new Error(`The server could not lay out the graph: ${message.error ?? 'unknown error'}`));
      if (this.pending.size === 0) {
        worker.unref();
        this.scheduleIdleStop();
      }
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The layout worker stopped (exit code ${code}).`)));
    return worker;
  }

  private scheduleIdleStop(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}
