import { writeImportCsv } from '../../../graph-seed/src/import-csv.ts';
import { rowsChecksum, type SeedReport, toRows } from '../../../graph-seed/src/load.ts';
import type { BulkLoad } from '../../../graph-seed/src/seed.ts';
import type { SeedData } from '../../../graph-seed/src/validate.ts';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { type BulkImportTimings, bulkImportBundled } from '../neo4j/bulk-import.ts';
import { managedServer } from '../neo4j/connect.ts';
import type { ManagedNeo4j } from '../neo4j/managed.ts';

/** What a bulk first load wrote, and how long each of its steps took. */
export interface BulkSeedReport extends SeedReport {
  timings: BulkImportTimings;
}

/**
 * Loads `data` into the bundled server's empty database through `neo4j-admin database import`:
 * the seed side writes the CSV files, the server side stops Neo4j, imports and starts it again.
 * The result is the graph `loadSeed` would have written, hashes and seed marker included.
 */
export async function bulkSeed(server: ManagedNeo4j, db: Db, data: SeedData, log?: (line: string) => void): Promise<BulkSeedReport> {
  const rows = toRows(data);
  const { nodes, relations } = rows;
  const checksum = rowsChecksum(rows);
  const marker = { checksum, nodes: nodes.length, relations: relations.length };
  const timings = await bulkImportBundled(server, db, { write: (folder) => writeImportCsv(rows, folder), marker, ...(log && { log }) });
  return {
    nodes: nodes.length,
    relations: relations.length,
    nodesWritten: nodes.length,
    relationsWritten: relations.length,
    nodesRemoved: 0,
    relationsRemoved: 0,
    checksum,
    timings,
  };
}

/**
 * The bulk first load for the app's database: the bundled server's import, or none when NEO4J_URI
 * names a server of its own (its files are not ours to stop and replace; the transactional loader serves it).
 */
export function bulkLoaderFor(config: AppConfig, db: Db, log?: (line: string) => void): BulkLoad | undefined {
  if (config.external) return undefined;
  const server = managedServer(config, log);
  return (data) => bulkSeed(server, db, data, log);
}
