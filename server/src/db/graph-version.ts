import type { Db } from './driver.ts';

/**
 * The graph version: one GraphMeta node whose stamp every write transaction replaces as its last
 * statement, so a reader that sees the same stamp twice knows nothing changed in between. A random
 * stamp rather than a counter, so a database restored from a backup never repeats a stamp a server
 * has already seen with other contents. Being last also keeps lock order fixed (data first, this
 * node after), so concurrent writers queue on it and never deadlock.
 */
export const bumpGraphVersionCypher = "MERGE (v:GraphMeta {id: 'version'}) SET v.stamp = randomUUID() RETURN v.stamp AS stamp";

/** What a database never written through this code reports as its version. */
export const unwrittenVersion = 'unwritten';

/**
 * The current stamp; one small indexed read, cheap enough to ask a few times a second. Not retried:
 * a cache that cannot read it just serves nothing from memory, and the request's own query reports
 * the failure without waiting twice.
 */
export async function readGraphVersion(db: Db): Promise<string> {
  const rows = await db.read<{ stamp: string | null }>("OPTIONAL MATCH (v:GraphMeta {id: 'version'}) RETURN v.stamp AS stamp", {}, { retry: false });
  return rows[0]?.stamp ?? unwrittenVersion;
}
