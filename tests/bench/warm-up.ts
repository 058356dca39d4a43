import type { Db } from '../../server/src/db/driver.ts';
import { pathsBetween } from '../../server/src/services/paths.ts';
import { searchGraph } from '../../server/src/services/search.ts';

/** How long the query mix runs untimed before the timed runs; see `warmUp`. */
const warmUpSeconds = 20;

/**
 * Runs paths, searches and a trivial statement for `warmUpSeconds`, on pairs and texts the timed runs
 * never use. The bulk import has just restarted Neo4j, and a fresh JVM answered the same statements
 * two to four times slower in its first minutes (`RETURN 1`: p50 7 ms, then 1.6 ms); a server that
 * has run a while, the case these figures are for, is past that.
 */
export async function warmUp(db: Db, pair: (i: number) => { from: string; to: string }): Promise<void> {
  const texts = ['pipeline', 'cloud warehouse', 'serve', 'syn777', 'query engine', 'graph'];
  const deadline = Date.now() + warmUpSeconds * 1000;
  for (let i = 0; Date.now() < deadline; i++) {
    const { from, to } = pair(i);
    await pathsBetween(db, from, to, { maxHops: 6, types: null, first: 1 + (i % 5) });
    await searchGraph(db, texts[i % texts.length] ?? 'graph', 10);
    await db.read('RETURN 1 AS one');
  }
}
