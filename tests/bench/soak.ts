import { defaultReadCacheLimits } from '../../server/src/read-cache.ts';
import { mixedCases } from './api-cases.ts';
import { type ChildServer, procMemory, startServer } from './harness.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { fixed, lat, type Row } from './report.ts';
import { answers, ask, createDoc, deleteDoc, probeDescription, warmUp } from './soak-requests.ts';
import { round, summarize } from './stats.ts';

export interface SoakOptions {
  /** How long the load runs; Neo4j is restarted once at half time. */
  seconds: number;
  /** Requests started per second, whatever the answers take (an open loop). */
  ratePerSecond: number;
  /** The stack's API_TOKEN, so the soak can write. */
  token: string;
}

interface Sample {
  kind: 'read' | 'create' | 'delete';
  /** Start and end, in ms since the soak began. */
  start: number;
  end: number;
  ok: boolean;
  error?: string;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * The soak: reads and writes at a steady rate against the running stack for `seconds`, with Neo4j
 * stopped and started once in the middle. Writes create probe technologies and delete the oldest
 * again, so the graph stays the size it was. Afterwards it checks that errors fell only in the
 * restart window, that reads answer as before and every acknowledged write holds, that the
 * server's heap came back near its start, that Neo4j has no transaction left open and that the
 * server's driver is idle again (no session open, no pooled connection lent out).
 */
export async function measureSoak(stack: ChildServer, neo4j: BenchNeo4j, options: SoakOptions, log: (line: string) => void) {
  await warmUp(stack.port, options.token, log);
  const reference = await answers(stack.port);
  const heapStart = (await stack.memory()).heapUsed;
  const rssStart = procMemory(stack.pid).rssMb;

  const samples: Sample[] = [];
  const created: string[] = [];
  const deleted: string[] = [];
  const deleteOk = new Map<string, boolean>();
  let nextProbe = 0;
  let inFlight = 0;
  let skipped = 0;
  const began = performance.now();
  const now = () => performance.now() - began;

  const send = async (kind: Sample['kind'], body: unknown, token?: string) => {
    const start = now();
    inFlight++;
    const answer = await ask(stack.port, body, token);
    inFlight--;
    samples.push({ kind, start, end: now(), ok: answer.ok, ...(answer.error && { error: answer.error }) });
    return answer.ok;
  };
  const tick = (n: number) => {
    // Eight reads, one create, one delete in every ten requests.
    const slot = n % 10;
    if (slot === 8) {
      const id = `soak-probe-${nextProbe++}`;
      const input = {
        id,
        name: `Soak Probe ${id.slice(11)}`,
        kind: 'tool',
        categories: ['serverless'],
        description: probeDescription,
        firstRelease: 2025,
        license: 'MIT',
        homepage: 'https://example.com/soak',
      };
      void send('create', { query: createDoc, variables: { input } }, options.token).then((ok) => ok && created.push(id));
    } else if (slot === 9 && created.length > deleted.length + 1) {
      const id = created.find((c) => !deleted.includes(c)) as string;
      deleted.push(id);
      void send('delete', { query: deleteDoc, variables: { id } }, options.token).then((ok) => deleteOk.set(id, ok));
    } else {
      const c = mixedCases[n % mixedCases.length];
      if (c) void send('read', c.graphql);
    }
  };

  const interval = 1000 / options.ratePerSecond;
  // The load runs for `seconds`, and on until a quarter of that (at least 10 s) has passed since
  // Neo4j answered again, so a slow restart still leaves a window to measure recovery in; five
  // minutes past `seconds` it stops whatever happened.
  const tail = Math.max(10_000, (options.seconds * 1000) / 4);
  const hardEnd = options.seconds * 1000 + 300_000;
  let restart: Promise<void> | undefined;
  let stopAt = Number.NaN;
  let upAt = Number.NaN;
  for (let n = 0; ; n++) {
    const due = n * interval - now();
    if (due > 0) await new Promise((r) => setTimeout(r, due));
    const t = now();
    if (t >= hardEnd || (t >= options.seconds * 1000 && t >= upAt + tail)) break;
    if (!restart && t >= (options.seconds * 1000) / 2) {
      log('soak: restarting Neo4j…');
      stopAt = t;
      restart = neo4j.restart().then(() => {
        upAt = now();
      });
    }
    // Bounded: past 200 waiting requests the soak records a skip rather than piling up more.
    if (inFlight >= 200) skipped++;
    else tick(n);
  }
  await restart;
  const drainUntil = now() + 20_000;
  while (inFlight > 0 && now() < drainUntil) await new Promise((r) => setTimeout(r, 50));

  const failed = samples.filter((s) => !s.ok);
  const recoveredAt = Math.min(...samples.filter((s) => s.ok && s.start >= upAt).map((s) => s.end));
  const outside = failed.filter((s) => s.end < stopAt || s.start > recoveredAt);
  const lastErrorEnd = Math.max(...failed.map((s) => s.end), Number.NaN);
  const settled = recoveredAt + 5_000;
  const before = summarize(samples.filter((s) => s.ok && s.end < stopAt && s.start > 5_000).map((s) => s.end - s.start));
  const after = summarize(samples.filter((s) => s.ok && s.start > settled).map((s) => s.end - s.start));

  // What the database holds now must match every acknowledged write.
  const probes = new Set((await neo4j.db.read<{ id: string }>("MATCH (t:Technology) WHERE t.id STARTS WITH 'soak-probe-' RETURN t.id AS id")).map((r) => r.id));
  // A delete that failed may or may not have happened; only acknowledged ones are checked.
  const deletedOk = new Set(deleted.filter((id) => deleteOk.get(id) === true));
  const kept = created.filter((id) => !deleted.includes(id));
  const writesHold = kept.every((id) => probes.has(id)) && [...deletedOk].every((id) => !probes.has(id));
  const openTransactions =
    (await neo4j.db.read<{ n: number }>('SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n'))[0]?.n ??
    Number.NaN;
  await neo4j.db.write("MATCH (t:Technology) WHERE t.id STARTS WITH 'soak-probe-' DETACH DELETE t");
  // That clean-up came from another process: the stack's read cache sees it within its version-check
  // period (READ_CACHE_CHECK_MS, 250 ms by default), so ask only once that bound has passed.
  await new Promise((r) => setTimeout(r, 2 * defaultReadCacheLimits.checkMs));
  const final = await answers(stack.port);
  // Correct means what a server that never saw the restart answers from the same database now: a fresh
  // process without a read cache. Against the answers before the run, searches may reorder near-ties,
  // since the probes moved Lucene's statistics; every other answer must be the same as before.
  const freshServer = await startServer('stack-uncached', neo4j.connection);
  const fresh = await answers(freshServer.port).finally(() => freshServer.stop());
  const asFresh = final.filter((a, i) => a === fresh[i]).length;
  const same = final.filter((a, i) => a === reference[i]).length;
  const changed = mixedCases.filter((_, i) => final[i] !== reference[i]).map((c) => c.name);
  const answersHold = asFresh === fresh.length && changed.every((name) => name.startsWith('search '));
  const heapEnd = (await stack.memory()).heapUsed;
  // Nothing runs now: every session the server opened must be closed and every connection back in the pool.
  const pool = await stack.poolUse();
  const poolIdle = pool.sessions === 0 && pool.connections === 0;
  const rss = procMemory(stack.pid);

  // Per slice of the run: requests started, failures, and latency of the successes, to see where trouble begins and ends.
  const slice = Math.max(5_000, (options.seconds * 1000) / 24);
  const slices = new Map<number, Sample[]>();
  for (const s of samples) slices.set(Math.floor(s.start / slice), [...(slices.get(Math.floor(s.start / slice)) ?? []), s]);
  const timeline = [...slices].map(([k, group]) => {
    const ok = summarize(group.filter((s) => s.ok).map((s) => s.end - s.start));
    return {
      fromSeconds: round((k * slice) / 1000),
      requests: group.length,
      errors: group.filter((s) => !s.ok).length,
      p50: round(ok.p50),
      p95: round(ok.p95),
    };
  });
  log(
    `soak timeline (from s: requests/errors, p50/p95 ms): ${timeline.map((t) => `${t.fromSeconds}: ${t.requests}/${t.errors}, ${t.p50}/${t.p95}`).join(' | ')}`,
  );

  if (outside.length > 0)
    log(
      `soak: errors outside the restart window (s after recovery, took ms, error): ${outside
        .slice(0, 20)
        .map((s) => `${s.kind} +${fixed((s.start - recoveredAt) / 1000, 1)} s, ${fixed(s.end - s.start, 0)} ms: ${s.error}`)
        .join(' | ')}`,
    );
  const result = {
    timeline,
    options: { seconds: options.seconds, ratePerSecond: options.ratePerSecond },
    requests: samples.length,
    byKind: Object.fromEntries(['read', 'create', 'delete'].map((k) => [k, samples.filter((s) => s.kind === k).length])),
    skipped,
    errors: failed.length,
    errorsOutsideRestart: outside.length,
    // Each failure outside the window, to tell a refusal (the gate, a full pool) from a client timeout.
    errorsOutside: outside.slice(0, 20).map((s) => ({
      kind: s.kind,
      startAfterRecoverySeconds: round((s.start - recoveredAt) / 1000),
      tookMs: round(s.end - s.start),
      error: s.error,
    })),
    errorSamples: Object.fromEntries(
      ['read', 'create', 'delete'].map((k) => [k, [...new Set(failed.filter((s) => s.kind === k).map((s) => s.error))].slice(0, 5)]),
    ),
    restart: {
      stopAtSeconds: round(stopAt / 1000),
      downSeconds: round((upAt - stopAt) / 1000),
      recoverySeconds: round((recoveredAt - upAt) / 1000),
      lastErrorAfterUpSeconds: round((lastErrorEnd - upAt) / 1000),
    },
    latencyBefore: before,
    latencyAfter: after,
    latencyAfterByKind: Object.fromEntries(
      (['read', 'create', 'delete'] as const).map((k) => [
        k,
        summarize(samples.filter((s) => s.kind === k && s.ok && s.start > settled).map((s) => s.end - s.start)),
      ]),
    ),
    heapStartMb: round(mb(heapStart)),
    heapEndMb: round(mb(heapEnd)),
    rssStartMb: round(rssStart),
    rssEndMb: round(rss.rssMb),
    peakRssMb: round(rss.peakMb),
    openTransactions,
    poolAfter: pool,
    writes: { keptChecked: kept.length, deletedChecked: deletedOk.size, hold: writesHold },
    answersSameAfter: `${same}/${reference.length}`,
    answersAsFreshServer: `${asFresh}/${fresh.length}`,
    answersChanged: changed,
  };
  const row = (figure: string, value: string, target = '', met: boolean | null = null, baseline = '', ratioText = ''): Row => ({
    item: 'soak',
    figure,
    value,
    baseline,
    ratio: ratioText,
    target,
    met,
  });
  const rows: Row[] = [
    row(
      `requests over ${options.seconds} s at ${options.ratePerSecond}/s (reads/creates/deletes)`,
      `${samples.length} (${result.byKind.read}/${result.byKind.create}/${result.byKind.delete}), ${skipped} skipped`,
    ),
    row('errors outside the restart window', String(outside.length), '0', outside.length === 0),
    row('errors during the restart', String(failed.length - outside.length)),
    row('Neo4j restart: stopped → answering', `${fixed(result.restart.downSeconds, 1)} s`),
    row('recovery: Neo4j answering → first success', `${fixed(result.restart.recoverySeconds, 1)} s`, '< 10 s', result.restart.recoverySeconds < 10),
    row('latency after recovery (all requests)', lat(after), '', null, lat(before), `${fixed(after.p95 / before.p95)}× p95`),
    row(
      "answers after the restart: as a fresh uncached server's / as before the run",
      `${result.answersAsFreshServer} / ${result.answersSameAfter}${changed.length ? ` (changed: ${changed.join(', ')})` : ''}`,
      'all as fresh; only searches may differ from before',
      answersHold,
    ),
    row('acknowledged writes present afterwards', `${kept.length} kept, ${deletedOk.size} deleted: ${writesHold ? 'all hold' : 'MISMATCH'}`, 'all', writesHold),
    row(
      'server heap after GC, start → end',
      `${fixed(result.heapStartMb, 1)} → ${fixed(result.heapEndMb, 1)} MB`,
      '≤ start + 20 %',
      heapEnd <= heapStart * 1.2,
    ),
    row('server RSS start → end (peak)', `${fixed(result.rssStartMb, 0)} → ${fixed(result.rssEndMb, 0)} MB (${fixed(result.peakRssMb, 0)})`),
    row('transactions left open in Neo4j', String(openTransactions), '0', openTransactions === 0),
    row(
      "server's Neo4j sessions open / pooled connections lent out, after the drain",
      `${pool.sessions} / ${pool.connections ?? 'unknown'}`,
      '0 / 0',
      poolIdle,
    ),
  ];
  return { rows, result };
}
