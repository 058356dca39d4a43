import type { Db } from './driver.ts';

/**
 * The seed marker: one GraphMeta node that a completed seed writes last, with the checksum of the
 * data it loaded. Its presence is what "the graph is loaded" means to the server's readiness check.
 */

export interface SeedMarker {
  checksum: string;
  nodes: number;
  relations: number;
}

export async function writeSeedMarker(db: Db, marker: SeedMarker): Promise<void> {
  await db.write(
    `MERGE (m:GraphMeta {id: 'seed'})
     SET m.checksum = $checksum, m.nodes = $nodes, m.relations = $relations`,
    { ...marker },
  );
}

/** The checksum of the data last seeded into this database, or undefined when it was never seeded. */
export async function seededChecksum(db: Db): Promise<string | undefined> {
  const rows = await db.read<{ checksum: string | null }>("MATCH (m:GraphMeta {id: 'seed'}) RETURN m.checksum AS checksum");
  return rows[0]?.checksum ?? undefined;
}

/** True once a seed has completed on this database. */
export async function isSeeded(db: Db): Promise<boolean> {
  const rows = await db.read<{ seeded: boolean }>("OPTIONAL MATCH (m:GraphMeta {id: 'seed'}) RETURN m IS NOT NULL AS seeded");
  return rows[0]?.seeded ?? false;
}

/**
 * How many nodes the database holds besides its own bookkeeping (GraphMeta): curated and
 * user-created entities alike. Zero means a first load may replace the database wholesale.
 */
export async function dataNodeCount(db: Db): Promise<number> {
  const rows = await db.read<{ count: number }>('MATCH (n) WHERE NOT n:GraphMeta RETURN count(n) AS count');
  return rows[0]?.count ?? 0;
}

/**
 * Gives the nodes with these ids an empty list in each of `keys`, in batches: what a bulk import
 * cannot write itself. An empty list sent as a parameter is stored exactly as the seed loader's.
 */
export async function setEmptyLists(db: Db, keys: readonly string[], ids: readonly string[]): Promise<void> {
  const props = Object.fromEntries(keys.map((key) => [key, []]));
  for (let i = 0; i < ids.length; i += 10_000)
    await db.write('UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n += $props', { ids: ids.slice(i, i + 10_000), props }, { graphChange: false });
}
