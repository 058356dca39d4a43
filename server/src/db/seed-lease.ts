import { randomUUID } from 'node:crypto';
import type { Db } from './driver.ts';

/** How long a lease lasts without renewal; a seed that died frees the database after this. */
export const leaseMs = 2 * 60_000;
/** How long a seed waits for another one to finish before giving up. */
const waitMs = 15 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SeedLease {
  /** Extends the lease; the loader calls it before each batch, cheaply (at most every few seconds). */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * One seed at a time per database: the loader CREATEs what its diff says is missing, which
 * is only safe while no other seed writes between its read and its writes. The lease lives on a
 * GraphMeta node; writing `locking` first takes the node's write lock, so the check-and-set that
 * follows cannot interleave with another seed's.
 */
/** The lease changes nothing a query answers, so it leaves the graph version alone. */
const bookkeeping = { graphChange: false };

export async function acquireSeedLease(db: Db): Promise<SeedLease> {
  const owner = randomUUID();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [row] = await db.write<{ mine: boolean }>(
      `MERGE (l:GraphMeta {id: 'seed-lock'})
       SET l.locking = true
       WITH l, l.owner IS NULL OR l.owner = $owner OR l.expires < timestamp() AS free
       SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
           l.expires = CASE WHEN free THEN timestamp() + $leaseMs ELSE l.expires END
       REMOVE l.locking
       RETURN l.owner = $owner AS mine`,
      { owner, leaseMs },
      bookkeeping,
    );
    if (row?.mine) break;
    if (Date.now() > deadline)
      throw new Error('Another seed has been writing to this database for over 15 minutes; wait for it to finish, or stop it and run the seed again.');
    await sleep(250);
  }
  let renewed = Date.now();
  return {
    async renew() {
      if (Date.now() - renewed < 10_000) return;
      renewed = Date.now();
      await db.write("MATCH (l:GraphMeta {id: 'seed-lock'}) WHERE l.owner = $owner SET l.expires = timestamp() + $leaseMs", { owner, leaseMs }, bookkeeping);
    },
    async release() {
      await db.write("MATCH (l:GraphMeta {id: 'seed-lock'}) WHERE l.owner = $owner REMOVE l.owner, l.expires", { owner }, bookkeeping);
    },
  };
}
