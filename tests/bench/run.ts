/**
 * `npm run bench`: starts a throwaway Neo4j and the servers under test, measures every
 * figure against a baseline taken in the same run, prints a table and writes bench-results/latest.*.
 *   --quick           small counts and graphs, for development (a minute or two)
 *   --only=a,b        run some items: overhead, features, peer, load, frontend, soak, scale
 *   --budget=SECONDS  the whole run's time budget (default 1200), the soak apart; the 100k graph is cut to what fits
 *   --soak-seconds=N  how long the soak runs (default 600, 60 with --quick); Neo4j restarts at half time
 *   --soak-rate=N     the soak's requests per second (default 20, 5 with --quick)
 * Everything talks to 127.0.0.1 only, and every loop is bounded in count and time.
 */
import { randomBytes } from 'node:crypto';
import { seed } from '../../graph-seed/src/seed.ts';
import { measureFeatures } from './features.ts';
import { measureFrontend } from './frontend.ts';
import { type ChildServer, startServer } from './harness.ts';
import { measureLoad } from './load.ts';
import { startBenchNeo4j } from './neo4j.ts';
import { measureOverhead } from './overhead.ts';
import { measurePeer } from './peer.ts';
import { machine, printTable, type Results, type Row, writeResults } from './report.ts';
import { type GraphSize, type LoadFigures, measureLoading, measureQueries, type QueryFigures, scaleRows } from './scale.ts';
import { measureSoak } from './soak.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const budgetSeconds = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? 1200);
const wants = (item: string) => !only || only.includes(item);
const soakSeconds = Number(args.find((a) => a.startsWith('--soak-seconds='))?.slice(15) ?? (quick ? 60 : 600));
if (!Number.isFinite(soakSeconds) || soakSeconds < 10) throw new Error('--soak-seconds needs a number of seconds, at least 10.');
const soakRate = Number(args.find((a) => a.startsWith('--soak-rate='))?.slice(12) ?? (quick ? 5 : 20));
if (!Number.isFinite(soakRate) || soakRate < 1 || soakRate > 200) throw new Error('--soak-rate needs a number of requests per second between 1 and 200.');

const settings = quick
  ? {
      overhead: { requests: 40, warmup: 5, maxSecondsPerCase: 20 },
      features: { requests: 40, warmup: 5, maxSecondsPerCase: 20 },
      peer: { rounds: 1, secondsPerRound: 3, connections: 10 },
      load: { connections: 50, seconds: 5 },
      soak: { seconds: soakSeconds, ratePerSecond: soakRate },
      frontend: { navigations: 2, frames: 60, sizes: [1000], fcoseUpTo: 1000, maxSecondsPerRun: 10 },
      scale: {
        small: { technologies: 2_000, relations: 10_000 },
        big: undefined as GraphSize | undefined,
        queries: 20,
        maxSecondsPerQuery: 15,
        warmUpSeconds: 10,
      },
    }
  : {
      overhead: { requests: 300, warmup: 20, maxSecondsPerCase: 90 },
      features: { requests: 200, warmup: 20, maxSecondsPerCase: 60 },
      peer: { rounds: 3, secondsPerRound: 5, connections: 10 },
      load: { connections: 50, seconds: 30 },
      soak: { seconds: soakSeconds, ratePerSecond: soakRate },
      frontend: { navigations: 9, frames: 120, sizes: [1000, 5000], fcoseUpTo: 1000, maxSecondsPerRun: 16 },
      scale: {
        small: { technologies: 10_000, relations: 50_000 },
        big: { technologies: 100_000, relations: 1_000_000 } as GraphSize | undefined,
        queries: 100,
        maxSecondsPerQuery: 30,
        warmUpSeconds: 60,
      },
    };

const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
// The soak's time is its own (--soak-seconds); the budget that sizes the big graph leaves it out.
let soakTime = 0;
const log = (line: string) => console.log(`[bench ${elapsed().toFixed(0).padStart(4)} s] ${line}`);

const rows: Row[] = [];
const notes: string[] = [];
const raw: Record<string, unknown> = { settings };

const neo4j = await startBenchNeo4j(log);
const servers: ChildServer[] = [];
try {
  log('seeding the curated graph…');
  const seedStart = performance.now();
  const seeded = await seed(neo4j.db);
  raw.curatedSeed = { ...seeded, seconds: (performance.now() - seedStart) / 1000 };

  if (wants('overhead') || wants('peer') || wants('load') || wants('frontend') || wants('features')) {
    log('starting the stack (with and without its read cache), the raw-driver baseline and the @neo4j/graphql peer, each in its own process…');
    const [stack, uncached, rawServer, peer] = await Promise.all([
      startServer('stack', neo4j.connection),
      startServer('stack-uncached', neo4j.connection),
      startServer('raw', neo4j.connection),
      wants('peer') ? startServer('peer', neo4j.connection) : Promise.resolve(undefined),
    ]);
    servers.push(stack, uncached, rawServer, ...(peer ? [peer] : []));
    // Items that measure the cost of answering a question run uncached: a kept answer would only
    // measure the cache. The load item runs both, and the front end the cached stack a visitor meets.

    if (wants('features')) {
      log('item 6: stack and alternatives…');
      const features = await measureFeatures(uncached, settings.features);
      rows.push(...features.rows);
      raw.features = features.results;
    }
    if (wants('overhead')) {
      log('item 1: GraphQL overhead against the raw driver…');
      const overhead = await measureOverhead(uncached, rawServer, settings.overhead);
      rows.push(...overhead.rows);
      raw.overhead = overhead.results;
    }
    if (peer) {
      log('item 2: against @neo4j/graphql…');
      const result = await measurePeer(uncached, peer, neo4j.connection, 'apache-spark', settings.peer);
      rows.push(...result.rows);
      raw.peer = result.results;
      notes.push(
        '@neo4j/graphql has no "any relation type" field, so its schema has one UNDIRECTED relationship field per vocabulary type (12), each capped with limit 25; ours caps 25 neighbours per node over all types. Node counts of both answers are in the db-hits rows.',
      );
    }
    if (wants('load')) {
      log(`item 4: autocannon ${settings.load.connections} connections × ${settings.load.seconds} s…`);
      const load = await measureLoad(stack, uncached, rawServer, settings.load);
      rows.push(...load.rows);
      raw.load = load.result;
    }
    if (wants('frontend')) {
      log('item 5: front end in headless Chromium…');
      const frontend = await measureFrontend(stack.port, settings.frontend, log);
      rows.push(...frontend.rows);
      raw.frontend = frontend.result;
      notes.push(
        `Chromium runs with --disable-gpu, so Cytoscape's WebGL renderer draws through SwiftShader (${frontend.result.webglRenderer}), a software rasteriser: WebGL figures here understate a real GPU.`,
      );
    }
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  }

  if (wants('soak')) {
    const soakStart = elapsed();
    log(`soak: ${settings.soak.ratePerSecond} requests/s of reads and writes for ${settings.soak.seconds} s, Neo4j restarted at half time…`);
    const token = randomBytes(24).toString('base64url');
    const soakStack = await startServer('stack', neo4j.connection, { BENCH_API_TOKEN: token });
    servers.push(soakStack);
    try {
      const soak = await measureSoak(soakStack, neo4j, { ...settings.soak, token }, log);
      rows.push(...soak.rows);
      raw.soak = soak.result;
      notes.push(
        'The soak runs an open loop (requests start at a steady rate whatever the answers take) against its own stack process; its latencies before and after the restart exclude the first 5 s and the 5 s after recovery.',
      );
    } finally {
      await Promise.all(servers.splice(0).map((s) => s.stop()));
    }
    soakTime = elapsed() - soakStart;
  }

  if (wants('scale')) {
    const loads: LoadFigures[] = [];
    const queries: QueryFigures[] = [];
    const small = settings.scale.small;
    log(`item 3: loading the ${small.technologies}/${small.relations} synthetic graph, transactionally and by bulk import…`);
    const smallLoad = await measureLoading(neo4j, small);
    loads.push(smallLoad);
    log(`item 3: ${Math.round(smallLoad.bulk.rowsPerSecond)} rows/s by bulk import; queries on it…`);
    queries.push(await measureQueries(neo4j.db, small, settings.scale));

    const big = settings.scale.big;
    if (big) {
      // Rows the big graph writes: nodes + relations + derived (a category each, a vendor for a third).
      const rowsFor = (s: GraphSize) => s.technologies * (1 + 1 + 1 / 3) + s.relations + 65;
      // The queries on the big graph after its load: the warm-up, then the timed ones.
      const reserve = 100 + settings.scale.warmUpSeconds;
      const available = budgetSeconds - (elapsed() - soakTime) - reserve - 30;
      // The bulk import's stop and start cost the same whatever the size; the rest grows with the rows.
      const fixedCost = smallLoad.bulk.timings.stop + smallLoad.bulk.timings.start;
      const perRow = Math.max(0, smallLoad.bulk.seconds - fixedCost) / rowsFor(small);
      const estimate = (s: GraphSize) => fixedCost + perRow * rowsFor(s);
      let size = big;
      if (estimate(big) > available) {
        const relations = Math.max(
          100_000,
          Math.floor(((available - fixedCost) / perRow - rowsFor({ technologies: big.technologies, relations: 0 })) / 100_000) * 100_000,
        );
        size = { technologies: big.technologies, relations };
        notes.push(
          `The 100k/1M graph would need about ${Math.round(estimate(big))} s to bulk-load at the pace measured on the small graph, more than the ${Math.round(available)} s left in the ${budgetSeconds} s budget; this run loaded ${size.technologies / 1000}k/${size.relations / 1000}k instead. Run with a larger --budget for the full graph.`,
        );
      }
      log(`item 3: wiping, then bulk-loading the ${size.technologies}/${size.relations} synthetic graph…`);
      // Loading the big graph transactionally as well would take minutes of the budget: its baseline is the small graph's.
      loads.push(await measureLoading(neo4j, size, smallLoad.transactional, false));
      log('item 3: queries on it…');
      queries.push(await measureQueries(neo4j.db, size, settings.scale));
    }
    rows.push(...scaleRows(loads, queries));
    raw.scale = { loads, queries };
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await neo4j.stop();
}

const results: Results = { startedAt: new Date(started).toISOString(), durationSeconds: elapsed(), quick, machine: machine(), rows, notes, raw };
console.log('');
printTable(rows);
for (const note of notes) console.log(`\nNote: ${note}`);
const dir = await writeResults(results);
console.log(`\nWrote ${dir}/latest.json and latest.md; the run took ${Math.round(elapsed())} s.`);
