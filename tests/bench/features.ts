import { featureCases } from './api-cases.ts';
import { type ChildServer, post } from './harness.ts';
import { fixed, lat, type Row } from './report.ts';
import { type Summary, summarize } from './stats.ts';

export interface FeatureOptions {
  requests: number;
  warmup: number;
  maxSecondsPerCase: number;
}

export interface FeatureResult {
  case: string;
  summary: Summary;
  p95Target: number;
}

/** Item 6: stack and alternatives through the whole stack, one request at a time, against their p95 targets. */
export async function measureFeatures(stack: ChildServer, options: FeatureOptions): Promise<{ rows: Row[]; results: FeatureResult[] }> {
  const results: FeatureResult[] = [];
  for (const c of featureCases) {
    const send = () => post(stack.port, '/graphql', c.graphql);
    for (let i = 0; i < options.warmup; i++) await send();
    const times: number[] = [];
    const deadline = Date.now() + options.maxSecondsPerCase * 1000;
    for (let i = 0; i < options.requests && Date.now() <= deadline; i++) times.push((await send()).ms);
    results.push({ case: c.name, summary: summarize(times), p95Target: c.p95Target });
  }
  const rows = results.map(
    (r): Row => ({
      item: '6 stack and alternatives',
      figure: `${r.case} (n=${r.summary.n})`,
      value: lat(r.summary),
      baseline: `target p95 ${r.p95Target} ms`,
      ratio: `${fixed(r.summary.p95 / r.p95Target)}× the target`,
      target: `p95 < ${r.p95Target} ms`,
      met: r.summary.p95 < r.p95Target,
    }),
  );
  return { rows, results };
}
