import { mixedCases } from './api-cases.ts';
import { type CannonResult, type ChildServer, cannon, post, procMemory } from './harness.ts';
import { fixed, type Row } from './report.ts';
import { ratio } from './stats.ts';

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface LoadResult {
  stack: CannonResult;
  /** The same stack with its read cache off: what the cache adds. */
  uncached: CannonResult;
  raw: CannonResult;
  peakMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Item 4: autocannon on a rotating mix of reads against the stack (read cache on, as it runs), then
 * the same mix against the stack without its cache and against the raw baseline. The stack runs in
 * its own process, so its peak RSS (VmHWM) is its own.
 */
export async function measureLoad(
  stack: ChildServer,
  uncached: ChildServer,
  raw: ChildServer,
  options: LoadOptions,
): Promise<{ rows: Row[]; result: LoadResult }> {
  for (const c of mixedCases) {
    await post(stack.port, '/graphql', c.graphql);
    await post(uncached.port, '/graphql', c.graphql);
    await post(raw.port, c.raw.path, c.raw.body);
  }
  const before = await stack.memory();
  const rssBeforeMb = procMemory(stack.pid).rssMb;
  const stackRun = await cannon(
    stack.port,
    '/graphql',
    mixedCases.map((c) => c.graphql),
    options.connections,
    options.seconds,
  );
  const peakMb = procMemory(stack.pid).peakMb;
  const after = await stack.memory();
  const rssAfterMb = procMemory(stack.pid).rssMb;
  const uncachedRun = await cannon(
    uncached.port,
    '/graphql',
    mixedCases.map((c) => c.graphql),
    options.connections,
    options.seconds,
  );
  // The raw side takes one path per request, so it gets one autocannon per question, run together.
  const perCase = await Promise.all(
    mixedCases.map((c) => cannon(raw.port, c.raw.path, [c.raw.body], Math.max(1, Math.round(options.connections / mixedCases.length)), options.seconds)),
  );
  const rawRun: CannonResult = {
    requestsPerSec: perCase.reduce((s, r) => s + r.requestsPerSec, 0),
    p50: Math.max(...perCase.map((r) => r.p50)),
    p90: Math.max(...perCase.map((r) => r.p90)),
    p99: Math.max(...perCase.map((r) => r.p99)),
    requests: perCase.reduce((s, r) => s + r.requests, 0),
    errors: perCase.reduce((s, r) => s + r.errors, 0),
    non2xx: perCase.reduce((s, r) => s + r.non2xx, 0),
    timeouts: perCase.reduce((s, r) => s + r.timeouts, 0),
  };
  const result: LoadResult = {
    stack: stackRun,
    uncached: uncachedRun,
    raw: rawRun,
    peakMb,
    rssBeforeMb,
    rssAfterMb,
    heapBeforeMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
  };
  const errors = stackRun.errors + stackRun.non2xx + stackRun.timeouts;
  const label = `${options.connections} connections × ${options.seconds} s, ${mixedCases.length} mixed reads`;
  const throughput = ratio(stackRun.requestsPerSec, rawRun.requestsPerSec);
  const rows: Row[] = [
    {
      item: '4 load',
      figure: `throughput, read cache on, ${label}`,
      value: `${fixed(stackRun.requestsPerSec, 0)} req/s, p50 ${stackRun.p50} / p99 ${stackRun.p99} ms, ${stackRun.requests} requests`,
      baseline: `raw driver ${fixed(rawRun.requestsPerSec, 0)} req/s, p99 ${rawRun.p99} ms (worst question)`,
      ratio: `${fixed(throughput)}× throughput`,
      target: '≥ 2× the raw driver',
      met: throughput >= 2,
    },
    {
      item: '4 load',
      figure: 'p99 latency, read cache on',
      value: `${stackRun.p99} ms`,
      baseline: `raw driver p99 ${rawRun.p99} ms`,
      ratio: `${fixed(ratio(stackRun.p99, rawRun.p99))}×`,
      target: '< 250 ms',
      met: stackRun.p99 < 250,
    },
    {
      item: '4 load',
      figure: 'throughput, read cache off (every question reaches Neo4j)',
      value: `${fixed(uncachedRun.requestsPerSec, 0)} req/s, p50 ${uncachedRun.p50} / p99 ${uncachedRun.p99} ms`,
      baseline: `raw driver ${fixed(rawRun.requestsPerSec, 0)} req/s`,
      ratio: `${fixed(ratio(uncachedRun.requestsPerSec, rawRun.requestsPerSec))}× throughput`,
      target: '– (report)',
      met: null,
    },
    {
      item: '4 load',
      figure: 'errors (connection errors + non-2xx + timeouts)',
      value: String(errors),
      baseline: `raw ${rawRun.errors + rawRun.non2xx + rawRun.timeouts}`,
      ratio: '–',
      target: '0',
      met: errors === 0,
    },
    {
      item: '4 load',
      figure: 'server peak memory (VmHWM of the server process)',
      value: `${fixed(peakMb, 0)} MB`,
      baseline: `${fixed(rssBeforeMb, 0)} MB RSS before the run`,
      ratio: `${fixed(ratio(peakMb, rssBeforeMb))}×`,
      target: '< 300 MB',
      met: peakMb < 300,
    },
    {
      item: '4 load',
      figure: 'memory flat after the run (after GC)',
      value: `heap ${fixed(mb(after.heapUsed), 0)} MB, RSS ${fixed(rssAfterMb, 0)} MB`,
      baseline: `heap ${fixed(mb(before.heapUsed), 0)} MB, RSS ${fixed(rssBeforeMb, 0)} MB before`,
      ratio: `heap ${fixed(ratio(mb(after.heapUsed), mb(before.heapUsed)))}×`,
      target: '– (heap back near its start)',
      met: null,
    },
  ];
  return { rows, result };
}
