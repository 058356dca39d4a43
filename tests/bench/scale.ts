import { loadSeed } from '../../graph-seed/src/load.ts';
import { syntheticGraph } from '../../graph-seed/src/synthetic.ts';
import { relationTypeNames } from '../../schema/model/vocabulary.ts';
import { bulkSeed } from '../../server/src/cli/bulk-seed.ts';
import type { Db } from '../../server/src/db/driver.ts';
import type { BulkImportTimings } from '../../server/src/neo4j/bulk-import.ts';
import { neighborhoodOf } from '../../server/src/services/neighborhood.ts';
import { searchGraph } from '../../server/src/services/search.ts';
import { searchBoxProps } from './api-cases.ts';
import { procCpuSeconds } from './harness.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { fixed, lat, type Row } from './report.ts';
import { measurePaths, type PathFigures, timed } from './scale-paths.ts';
import { type Summary, summarize } from './stats.ts';
import { warmUp } from './warm-up.ts';

export interface GraphSize {
  technologies: number;
  relations: number;
}

export interface ScaleOptions {
  /** Timed runs of each query (after a warm-up of a few). */
  queries: number;
  maxSecondsPerQuery: number;
  /** The untimed query mix after each load, before the timed queries (see `warmUp`). */
  warmUpSeconds: number;
}

export interface LoadFigures {
  size: GraphSize;
  rows: number;
  /** The bulk import into an empty database, wall clock from the call to indexes online and the seed marker written. */
  bulk: { seconds: number; rowsPerSecond: number; timings: BulkImportTimings };
  /** The transactional loader into an empty database: the baseline, measured in the same run (on this graph or a smaller one). */
  transactional: { size: GraphSize; seconds: number; rowsPerSecond: number; rowsPerNeo4jCpuSecond: number };
  /**
   * `loadSeed` of the same data right after the bulk import: rows it found to write (should be none).
   * Only when asked for (the small graph's): reading back a million relations from a just-restarted
   * Neo4j passes the 20 s transaction timeout.
   */
  unchanged: { seconds: number; rowsWritten: number } | null;
}

export interface QueryFigures {
  size: GraphSize;
  /**
   * The API's `paths` for the single shortest path (first 1) and for its default five, with the
   * bundled path-search procedure; and the five again by the Cypher search a Neo4j without the
   * plugin uses, the baseline of the same run.
   */
  paths: Record<'first1' | 'first5' | 'first5Cypher', PathFigures>;
  search: Summary;
  /** `RETURN 1` timed just before the search: what any statement costs on this machine at that moment. */
  floor: Summary;
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

/** The transactional loader into an empty database: the baseline the bulk import is compared with. */
async function transactionalLoad(neo4j: BenchNeo4j, size: GraphSize): Promise<LoadFigures['transactional']> {
  await wipe(neo4j.db);
  const data = syntheticGraph(size);
  const pid = neo4j.pid;
  const cpuBefore = pid ? procCpuSeconds(pid) : Number.NaN;
  const start = performance.now();
  const report = await loadSeed(neo4j.db, data);
  const seconds = (performance.now() - start) / 1000;
  const cpu = pid ? procCpuSeconds(pid) - cpuBefore : Number.NaN;
  const rows = report.nodesWritten + report.relationsWritten;
  return { size, seconds, rowsPerSecond: rows / seconds, rowsPerNeo4jCpuSecond: rows / cpu };
}

/**
 * Item 3, loading: the synthetic graph through the bulk import into an empty database, then once
 * more through the transactional loader, which must find nothing to write. The transactional
 * loader's own figure is measured first on the same graph, or taken from `baseline` (a smaller
 * graph of the same run) when the budget leaves no time to load the big graph twice.
 */
export async function measureLoading(neo4j: BenchNeo4j, size: GraphSize, baseline?: LoadFigures['transactional'], rerun = true): Promise<LoadFigures> {
  const transactional = baseline ?? (await transactionalLoad(neo4j, size));
  await wipe(neo4j.db);
  const data = syntheticGraph(size);
  const start = performance.now();
  const report = await bulkSeed(neo4j.server, neo4j.db, data);
  const seconds = (performance.now() - start) / 1000;
  neo4j.pid = await neo4j.server.pid();
  const rows = report.nodesWritten + report.relationsWritten;
  const again = performance.now();
  const second = rerun ? await loadSeed(neo4j.db, data) : null;
  return {
    size,
    rows,
    bulk: { seconds, rowsPerSecond: rows / seconds, timings: report.timings },
    transactional,
    unchanged: second && {
      seconds: (performance.now() - again) / 1000,
      rowsWritten: second.nodesWritten + second.relationsWritten + second.nodesRemoved + second.relationsRemoved,
    },
  };
}

/** Item 3, queries on the loaded synthetic graph, through the same query functions the API uses. */
export async function measureQueries(db: Db, size: GraphSize, options: ScaleOptions): Promise<QueryFigures> {
  // Deterministic pairs: a start anywhere in the id range, an end among the 20 lowest ids, which the
  // generator's skew makes hubs, so most pairs are connected (random pairs in a sparse graph mostly
  // are not, and a search that finds nothing says little about path speed).
  const pair = (i: number) => ({ from: `syn-${(i * 7919 + 20) % size.technologies}`, to: `syn-${i % 20}` });
  await warmUp(db, (i) => pair(options.queries + 100 + i), options.warmUpSeconds);
  const paths = {
    first1: await measurePaths(db, pair, 1, options),
    first5: await measurePaths(db, pair, 5, options),
    first5Cypher: await measurePaths(db, pair, 5, options, false),
  };

  const texts = ['stream', 'lake query', 'graphcloud 42', 'vectr', 'batch work at scale', 'syn1234', 'edge pipe', 'model'];
  const floorTimes = await timed(options.queries, options.maxSecondsPerQuery, () => db.read('RETURN 1 AS one'));
  const searchTimes = await timed(options.queries, options.maxSecondsPerQuery, (i) => searchGraph(db, texts[i % texts.length] ?? 'stream', 10, searchBoxProps));

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
    floor: summarize(floorTimes),
    hub: { id: hub.id, degree: hub.degree, nodes: answer.nodes.length, cap, omittedTotal: answer.omittedTotal, ...summarize(hubTimes) },
  };
}

const label = (s: GraphSize) => `${s.technologies / 1000}k/${s.relations >= 1e6 ? `${s.relations / 1e6}M` : `${s.relations / 1000}k`}`;

export function scaleRows(loads: LoadFigures[], queries: QueryFigures[]): Row[] {
  const rows: Row[] = loads.flatMap((l) => {
    const t = l.bulk.timings;
    const steps = `CSV ${fixed(t.csv, 1)} s, stop ${fixed(t.stop, 1)} s, import ${fixed(t.import, 1)} s, start ${fixed(t.start, 1)} s, indexes ${fixed(t.schema, 1)} s, empty lists + marker ${fixed(t.finish, 1)} s; before the steps, rows and checksum ${fixed(l.bulk.seconds - t.total, 1)} s`;
    const neo4jOwn = t.stop + t.import + t.start;
    const base = l.transactional;
    return [
      {
        item: '3 scale',
        figure: `load ${label(l.size)} synthetic graph into an empty db by bulk import (${l.rows} rows, ${fixed(l.bulk.seconds, 1)} s: ${steps})`,
        value: `${fixed(l.bulk.rowsPerSecond, 0)} rows/s`,
        baseline: `transactional loader on ${label(base.size)}: ${fixed(base.rowsPerSecond, 0)} rows/s (${fixed(base.seconds, 1)} s)`,
        ratio: `${fixed(l.bulk.rowsPerSecond / base.rowsPerSecond)}× the transactional loader`,
        target: '≥ 50000 rows/s',
        met: l.bulk.rowsPerSecond >= 50_000,
      },
      {
        item: '3 scale',
        figure: `the floor of a bulk load of ${label(l.size)} on this machine: Neo4j's own steps alone (stop, neo4j-admin import with its JVM, start)`,
        value: `${fixed(l.rows / neo4jOwn, 0)} rows/s (${fixed(neo4jOwn, 1)} s)`,
        baseline: `the whole load: ${fixed(l.bulk.rowsPerSecond, 0)} rows/s`,
        ratio: `${fixed(neo4jOwn / l.bulk.seconds)} of the load's time`,
        target: '– (report)',
        met: null,
      },
      ...(l.unchanged
        ? [
            {
              item: '3 scale',
              figure: `unchanged re-run of the transactional loader after the bulk import of ${label(l.size)}`,
              value: `${l.unchanged.rowsWritten} rows written, ${fixed(l.unchanged.seconds, 1)} s`,
              baseline: `${l.rows} rows imported`,
              ratio: '–',
              target: '0 rows written',
              met: l.unchanged.rowsWritten === 0,
            },
          ]
        : []),
    ];
  });
  const base = queries[0];
  for (const q of queries) {
    const vs = (pick: (f: QueryFigures) => number) => (base && base !== q ? `${fixed(pick(q) / pick(base))}× the ${label(base.size)} graph` : '–');
    rows.push(
      ...(['first1', 'first5'] as const).map((k) => {
        const f = q.paths[k];
        const plan = Object.entries(f.operators)
          .map(([operator, uses]) => `${operator} ×${uses}`)
          .join(', ');
        const cypher = q.paths.first5Cypher;
        return {
          item: '3 scale',
          figure: `paths first ${f.first}, maxHops 6 on ${label(q.size)} (n=${f.n}, ${f.found} with a path, ${f.longer} answered with a longer path too; plan: ${plan || '?'})`,
          value: lat(f),
          baseline:
            k === 'first5'
              ? `Cypher search (a Neo4j without the plugin): ${lat(cypher)}`
              : base && base !== q
                ? `${label(base.size)}: ${lat(base.paths[k])}`
                : 'target 20 ms',
          ratio: k === 'first5' ? `${fixed(cypher.p95 / f.p95)}× faster at p95` : vs((g) => g.paths[k].p95),
          target: q === base ? '–' : 'p95 < 20 ms',
          met: q === base ? null : f.p95 < 20,
        };
      }),
      {
        item: '3 scale',
        figure: `statement floor: \`RETURN 1\` on ${label(q.size)}, just before the search (n=${q.floor.n})`,
        value: lat(q.floor),
        baseline: '–',
        ratio: '–',
        target: '–',
        met: null,
      },
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
