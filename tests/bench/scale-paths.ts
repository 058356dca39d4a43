import type { Db } from '../../server/src/db/driver.ts';
import { usePathProcedure } from '../../server/src/db/queries/path-procedure.ts';
import { pathsBetween } from '../../server/src/services/paths.ts';
import type { ScaleOptions } from './scale.ts';
import { planOperators, type Summary, summarize } from './stats.ts';

/** Timing of the API's `paths` on a loaded graph, for the scale item (scale.ts). */

export async function timed(count: number, maxSeconds: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(3, count); i++) await run(count + i);
  const times: number[] = [];
  const deadline = Date.now() + maxSeconds * 1000;
  for (let i = 0; i < count && Date.now() < deadline; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

export interface PathFigures extends Summary {
  first: number;
  /** Pairs with at least one path. */
  found: number;
  /** Pairs whose answers include a path longer than the shortest (the shortest ones ranked into too few answers). */
  longer: number;
  /** Path operators in the plans of the statements sent, by how many pairs used each. */
  operators: Record<string, number>;
}

/** `pathsBetween` as the API calls it, through a Db that keeps each statement so its plan can be read afterwards. */
export async function measurePaths(
  db: Db,
  pair: (i: number) => { from: string; to: string },
  first: number,
  options: ScaleOptions,
  procedure = true,
): Promise<PathFigures> {
  const sent: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const recording = new Proxy(db, {
    get: (target, key, receiver) =>
      key === 'read'
        ? (cypher: string, params: Record<string, unknown>, config?: { timeoutMs?: number }) => {
            sent.push({ cypher, params });
            return target.read(cypher, params, config);
          }
        : Reflect.get(target, key, receiver),
  });
  if (!procedure) usePathProcedure(recording, false);
  let found = 0;
  let longer = 0;
  const times = await timed(options.queries, options.maxSecondsPerQuery, async (i) => {
    const rows = await pathsBetween(recording, pair(i).from, pair(i).to, { maxHops: 6, types: null, first });
    if (i < options.queries) {
      if (rows.length > 0) found++;
      if (rows.length > 0 && Math.max(...rows.map((r) => r.length)) > Math.min(...rows.map((r) => r.length))) longer++;
    }
  });
  const operators: Record<string, number> = {};
  const session = db.driver.session({ defaultAccessMode: 'READ' });
  try {
    // One plan per distinct statement text (the first and the second step); parameters do not change plans.
    const byText = new Map<string, { params: Record<string, unknown>; uses: number }>();
    for (const s of sent) byText.set(s.cypher, { params: s.params, uses: (byText.get(s.cypher)?.uses ?? 0) + 1 });
    for (const [cypher, { params, uses }] of byText) {
      const result = await session.run(`EXPLAIN ${cypher}`, params);
      const names = planOperators(result.summary.plan as unknown as Parameters<typeof planOperators>[0]).filter((o) => /shortest|procedure/i.test(o));
      for (const name of new Set(names)) operators[name] = (operators[name] ?? 0) + uses;
    }
  } finally {
    await session.close();
  }
  return { ...summarize(times), first, found, longer, operators };
}
