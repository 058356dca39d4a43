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
