import { type Case, overheadCases } from './api-cases.ts';
import { type ChildServer, post } from './harness.ts';
import { fixed, lat, type Row } from './report.ts';
import { alternation, ratio, type Summary, summarize } from './stats.ts';

export interface OverheadOptions {
  /** Measured requests per side and case (after the warm-up). */
  requests: number;
  warmup: number;
  /** Stop measuring a case after this long, whatever the count. */
  maxSecondsPerCase: number;
}

export interface OverheadResult {
  case: string;
  stack: Summary;
  raw: Summary;
  ratioP50: number;
  target: number;
}

const targetFor = (c: Case) => (c.raw.path === '/paths' ? 1.15 : 1.3);

/**
 * Item 1: the same question through the whole stack and through the raw-driver baseline, one
 * request at a time, alternating A B A B (each pair in turn starting with the other side).
 */
export async function measureOverhead(stack: ChildServer, raw: ChildServer, options: OverheadOptions): Promise<{ rows: Row[]; results: OverheadResult[] }> {
  const results: OverheadResult[] = [];
  for (const c of overheadCases) {
    const send = (side: 'stack' | 'raw') => (side === 'stack' ? post(stack.port, '/graphql', c.graphql) : post(raw.port, c.raw.path, c.raw.body));
    for (const side of alternation(['stack', 'raw'] as const, options.warmup)) await send(side);
    const times: Record<'stack' | 'raw', number[]> = { stack: [], raw: [] };
    const deadline = Date.now() + options.maxSecondsPerCase * 1000;
    for (const side of alternation(['stack', 'raw'] as const, options.requests)) {
      if (Date.now() > deadline && times.stack.length === times.raw.length) break;
      times[side].push((await send(side)).ms);
    }
    const s = summarize(times.stack);
    const r = summarize(times.raw);
    results.push({ case: c.name, stack: s, raw: r, ratioP50: ratio(s.p50, r.p50), target: targetFor(c) });
  }
  const rows = results.map(
    (r): Row => ({
      item: '1 GraphQL overhead',
      figure: `${r.case} (n=${r.stack.n}/side)`,
      value: `stack ${lat(r.stack)}`,
      baseline: `raw driver ${lat(r.raw)}`,
      ratio: `${fixed(r.ratioP50)}× at p50`,
      target: `≤ ${r.target}× at p50`,
      met: r.ratioP50 <= r.target,
    }),
  );
  return { rows, results };
}
