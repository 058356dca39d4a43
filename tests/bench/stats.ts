/** Pure helpers for the benchmark: percentiles, summaries, ratios and A/B alternation. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** The nearest-rank percentile of `values` (0 < p ≤ 100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  return {
    n,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean: n === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / n,
    min: n === 0 ? Number.NaN : Math.min(...values),
    max: n === 0 ? Number.NaN : Math.max(...values),
  };
}

/** `value / baseline`, rounded to two decimals; NaN when the baseline is zero or missing. */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return Math.round((value / baseline) * 100) / 100;
}

/**
 * The order in which to measure sides: `rounds` rounds of every side in turn (A B A B …), each
 * round starting with a different side so neither always runs first after the other.
 */
export function alternation<T>(sides: readonly T[], rounds: number): T[] {
  const order: T[] = [];
  for (let r = 0; r < rounds; r++) for (let i = 0; i < sides.length; i++) order.push(sides[(i + r) % sides.length] as T);
  return order;
}

/** Rounds `value` to `digits` decimals for the table; keeps NaN as NaN. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Sums `dbHits` over a PROFILE plan tree as neo4j-driver returns it (`{dbHits, children}`). */
export function sumDbHits(plan: { dbHits?: number; children?: readonly unknown[] } | null | undefined): number {
  if (!plan) return 0;
  const own = typeof plan.dbHits === 'number' ? plan.dbHits : 0;
  return own + (plan.children ?? []).reduce<number>((s, c) => s + sumDbHits(c as { dbHits?: number; children?: unknown[] }), 0);
}

/** Names of the operators in a plan tree, depth first, e.g. to say which shortest-path operator ran. */
export function planOperators(plan: { operatorType?: string; children?: readonly unknown[] } | null | undefined): string[] {
  if (!plan) return [];
  return [plan.operatorType ?? '?', ...(plan.children ?? []).flatMap((c) => planOperators(c as { operatorType?: string; children?: unknown[] }))];
}

/** The median of a few figures (e.g. one per round); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
