import { loadSeed } from '../../graph-seed/src/load.ts';
import { syntheticGraph } from '../../graph-seed/src/synthetic.ts';
import { relationTypeNames } from '../../schema/model/vocabulary.ts';
import type { Db } from '../../server/src/db/driver.ts';
import { neighborhoodOf } from '../../server/src/services/neighborhood.ts';
import { pathsBetween } from '../../server/src/services/paths.ts';
import { searchGraph } from '../../server/src/services/search.ts';
import { procCpuSeconds } from './harness.ts';
import { fixed, lat, type Row } from './report.ts';
import { planOperators, type Summary, summarize } from './stats.ts';

export interface GraphSize {
  technologies: number;
  relations: number;
}

export interface ScaleOptions {
  /** Timed runs of each query (after a warm-up of a few). */
  queries: number;
  maxSecondsPerQuery: number;
}

export interface LoadFigures {
  size: GraphSize;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows per CPU-second of the Neo4j process: less sensitive to other work on a shared machine. */
  rowsPerNeo4jCpuSecond: number;
  unchangedSeconds: number;
}

export interface QueryFigures {
  size: GraphSize;
  /** The API's `paths` for the single shortest path (first 1) and for its default five. */
  paths: Record<'first1' | 'first5', PathFigures>;
  search: Summary;
  hub: { id: string; degree: number; nodes: number; cap: number; omittedTotal: number } & Summary;
}

/**
 * Deletes every entity in small transactions, so the next load starts from an empty graph (not timed).
 * Relations go first: a batch of nodes that holds a hub would otherwise delete thousands of
 * relations in one transaction and pass db.memory.transaction.max.
 */
export async function wipe(db: Db): Promise<void> {
  for (;;) {
    const [row] = await db.write<{ deleted: number }>('MATCH (:Entity)-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) break;
  }
  for (;;) {
    const [row] = await db.write<{ deleted: number }>('MATCH (n:Entity) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) break;
  }
  await db.write("MATCH (m:GraphMeta {id: 'seed'}) DELETE m");
}

/** Item 3, loading: the synthetic graph through the normal loader into an empty database, then (`rerun`) once more unchanged. */
export async function measureLoading(db: Db, neo4jPid: number | undefined, size: GraphSize, rerun: boolean): Promise<LoadFigures> {
  const data = syntheticGraph(size);
  const cpuBefore = neo4jPid ? procCpuSeconds(neo4jPid) : Number.NaN;
  const start = performance.now();
  const report = await loadSeed(db, data);
  const seconds = (performance.now() - start) / 1000;
  const cpu = neo4jPid ? procCpuSeconds(neo4jPid) - cpuBefore : Number.NaN;
  const rows = report.nodesWritten + report.relationsWritten;
  const again = performance.now();
  if (rerun) await loadSeed(db, data);
  return {
    size,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    rowsPerNeo4jCpuSecond: rows / cpu,
    unchangedSeconds: rerun ? (performance.now() - again) / 1000 : Number.NaN,
  };
}

async function timed(count: number, maxSeconds: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
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
  /** Pairs whose answer needed the wider `SHORTEST k` search (the shortest paths that avoid hubs ranked into too few answers). */
  secondStep: number;
  /** Path operators in the plans of the statements sent, by how many pairs used each. */
  operators: Record<string, number>;
}

/** `pathsBetween` as the API calls it, through a Db that keeps each statement so its plan can be read afterwards. */
async function measurePaths(db: Db, pair: (i: number) => { from: string; to: string }, first: number, options: ScaleOptions): Promise<PathFigures> {
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
  let found = 0;
  let secondStep = 0;
  const times = await timed(options.queries, options.maxSecondsPerQuery, async (i) => {
    const before = sent.length;
    const rows = await pathsBetween(recording, pair(i).from, pair(i).to, { maxHops: 6, types: null, first });
    if (i < options.queries) {
      if (rows.length > 0) found++;
      if (sent.slice(before).some((s) => /SHORTEST \d/.test(s.cypher))) secondStep++;
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
      const names = planOperators(result.summary.plan as unknown as Parameters<typeof planOperators>[0]).filter((o) => /shortest/i.test(o));
      for (const name of new Set(names)) operators[name] = (operators[name] ?? 0) + uses;
    }
  } finally {
    await session.close();
  }
  return { ...summarize(times), first, found, secondStep, operators };
}

/** Item 3, queries on the loaded synthetic graph, through the same query functions the API uses. */
export async function measureQueries(db: Db, size: GraphSize, options: ScaleOptions): Promise<QueryFigures> {
  // Deterministic pairs: a start anywhere in the id range, an end among the 20 lowest ids, which the
  // generator's skew makes hubs, so most pairs are connected (random pairs in a sparse graph mostly
  // are not, and a search that finds nothing says little about path speed).
  const pair = (i: number) => ({ from: `syn-${(i * 7919 + 20) % size.technologies}`, to: `syn-${i % 20}` });
  const paths = {
    first1: await measurePaths(db, pair, 1, options),
    first5: await measurePaths(db, pair, 5, options),
  };

  const texts = ['stream', 'lake query', 'graphcloud 42', 'vectr', 'batch work at scale', 'syn1234', 'edge pipe', 'model'];
  const searchTimes = await timed(options.queries, options.maxSecondsPerQuery, (i) => searchGraph(db, texts[i % texts.length] ?? 'stream', 10));

  const [hub] = await db.read<{ id: string; degree: number }>(
    'MATCH (n:Entity) WITH n, COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $types } AS degree ORDER BY degree DESC LIMIT 1 RETURN n.id AS id, degree',
    { types: relationTypeNames },
  );
  if (!hub) throw new Error('the synthetic graph has no nodes');
  const cap = 25;
  let answer = await neighborhoodOf(db, hub.id, { depth: 2, types: null, direction: 'BOTH', limitPerNode: cap });
  const hubTimes = await timed(Math.max(5, Math.round(options.queries / 4)), options.maxSecondsPerQuery, async () => {
    answer = await neighborhoodOf(db, hub.id, { depth: 2, types: null, direction: 'BOTH', limitPerNode: cap });
  });
  return {
    size,
    paths,
    search: summarize(searchTimes),
    hub: { id: hub.id, degree: hub.degree, nodes: answer.nodes.length, cap, omittedTotal: answer.omittedTotal, ...summarize(hubTimes) },
  };
}

const label = (s: GraphSize) => `${s.technologies / 1000}k/${s.relations >= 1e6 ? `${s.relations / 1e6}M` : `${s.relations / 1000}k`}`;

export function scaleRows(loads: LoadFigures[], queries: QueryFigures[]): Row[] {
  const rows: Row[] = loads.map((l) => ({
    item: '3 scale',
    figure: `load ${label(l.size)} synthetic graph into an empty db (${l.rows} rows, ${fixed(l.seconds, 1)} s; unchanged re-run ${fixed(l.unchangedSeconds, 1)} s)`,
    value: `${fixed(l.rowsPerSecond, 0)} rows/s`,
    baseline: `${fixed(l.rowsPerNeo4jCpuSecond, 0)} rows per Neo4j CPU-second`,
    ratio: `${fixed(l.rowsPerSecond / 50_000)}× target`,
    target: '≥ 50000 rows/s',
    met: l.rowsPerSecond >= 50_000,
  }));
  const base = queries[0];
  for (const q of queries) {
    const vs = (pick: (f: QueryFigures) => number) => (base && base !== q ? `${fixed(pick(q) / pick(base))}× the ${label(base.size)} graph` : '–');
    rows.push(
      ...(['first1', 'first5'] as const).map((k) => {
        const f = q.paths[k];
        const plan = Object.entries(f.operators)
          .map(([operator, uses]) => `${operator} ×${uses}`)
          .join(', ');
        return {
          item: '3 scale',
          figure: `paths first ${f.first}, maxHops 6 on ${label(q.size)} (n=${f.n}, ${f.found} with a path, ${f.secondStep} needing SHORTEST k; plan: ${plan || '?'})`,
          value: lat(f),
          baseline: base && base !== q ? `${label(base.size)}: ${lat(base.paths[k])}` : 'target 20 ms',
          ratio: vs((g) => g.paths[k].p95),
          target: q === base ? '–' : 'p95 < 20 ms',
          met: q === base ? null : f.p95 < 20,
        };
      }),
      {
        item: '3 scale',
        figure: `search top 10 on ${label(q.size)} (n=${q.search.n})`,
        value: lat(q.search),
        baseline: base && base !== q ? `${label(base.size)}: ${lat(base.search)}` : 'target 15 ms',
        ratio: vs((f) => f.search.p95),
        target: 'p95 < 15 ms',
        met: q.search.p95 < 15,
      },
      {
        item: '3 scale',
        figure: `neighbourhood of the biggest hub ${q.hub.id} (degree ${q.hub.degree}) at depth 2 on ${label(q.size)} (n=${q.hub.n})`,
        value: `${q.hub.nodes} nodes, ${q.hub.omittedTotal} left out; ${lat(q.hub)}`,
        baseline: `cap allows ≤ ${1 + q.hub.cap + q.hub.cap * q.hub.cap} nodes`,
        ratio: `${fixed(q.hub.nodes / (1 + q.hub.cap + q.hub.cap * q.hub.cap))}× the cap`,
        target: 'bounded by the cap',
        met: q.hub.nodes <= 1 + q.hub.cap + q.hub.cap * q.hub.cap,
      },
    );
  }
  return rows;
}
