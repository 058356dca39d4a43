import type { Db } from '../../server/src/db/driver.ts';
import { pathsBetween } from '../../server/src/services/paths.ts';
import { searchGraph } from '../../server/src/services/search.ts';
import { searchBoxProps } from './api-cases.ts';

/**
 * Runs paths, searches and a trivial statement for `seconds`, on pairs and texts the timed runs never
 * use. The bulk import has just restarted Neo4j, and a fresh JVM answers the same statements several
 * times slower in its first minute: measured after a restart on 100k/1M in windows of this mix and
 * 100 timed searches (2026-12-04), search p95 was 11–24 ms in the first 25 s and 4–9 ms from 30 s
 * on, `RETURN 1` p50 5.6 ms at first and 0.3–0.7 ms after 50 s. A server that has run a
 * while, the case these figures are for, is past that.
 */
export async function warmUp(db: Db, pair: (i: number) => { from: string; to: string }, seconds: number): Promise<void> {
  const texts = ['pipeline', 'cloud warehouse', 'serve', 'syn777', 'query engine', 'graph'];
  const deadline = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < deadline; i++) {
    const { from, to } = pair(i);
    await pathsBetween(db, from, to, { maxHops: 6, types: null, first: 1 + (i % 5) });
    await searchGraph(db, texts[i % texts.length] ?? 'graph', 10, searchBoxProps);
    await db.read('RETURN 1 AS one');
  }
}
