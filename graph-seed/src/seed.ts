import type { Db } from '../../server/src/db/driver.ts';
import { ensureSchema } from '../../server/src/db/schema.ts';
import { dataNodeCount, seededChecksum } from '../../server/src/db/seed-marker.ts';
import { dataChecksum, loadSeed, type SeedReport } from './load.ts';
import { defaultDataDir, loadSeedData, type SeedData } from './validate.ts';

/** A faster first load into an empty database: the bundled server's bulk import, which the app's entry points supply. */
export type BulkLoad = (data: SeedData) => Promise<SeedReport>;

/**
 * Rows (nodes plus relations, derived ones included) from which a first load into an empty bundled
 * database goes through the bulk import. The import pays about 40 s whatever the size on the
 * project's 2-core machine (stopping Neo4j, the importer's own start, starting Neo4j, building the
 * full-text indexes), while the transactional loader writes about 10k rows/s: the curated graph
 * (about 4k rows) loads in about 12 s that way against about 46 s by bulk import, and the two only
 * meet around a million rows (the 100k/1M synthetic graph, 1.23M rows: about 117 s by bulk import
 * against about 120 s transactionally). Figures in docs/performance.md.
 */
export const bulkLoadFromRows = 1_000_000;

/** Nodes plus relations the loader writes for `data` (derived ones included), counted without flattening it as `toRows` does. */
export function rowCount(data: SeedData): number {
  const derived = data.technologies.reduce((sum, t) => sum + t.categories.length + (t.vendor ? 1 : 0), 0);
  return data.categories.length + data.vendors.length + data.technologies.length + data.relations.length + derived;
}

/** The bulk import when one is offered, the data is big enough and the database holds no data yet; the transactional loader otherwise. */
async function load(db: Db, data: SeedData, bulkLoad: BulkLoad | undefined): Promise<SeedReport> {
  if (bulkLoad && rowCount(data) >= bulkLoadFromRows && (await dataNodeCount(db)) === 0) return bulkLoad(data);
  return loadSeed(db, data);
}

/** Validates the curated data, then loads it; nothing is written when validation fails. */
export async function seed(db: Db, dataDir: string = defaultDataDir, bulkLoad?: BulkLoad): Promise<SeedReport> {
  const data = await loadSeedData(dataDir);
  return load(db, data, bulkLoad);
}

/**
 * Brings the database up to the curated data when it differs (first start, or data changed by a
 * pull). The loader only touches curated nodes and relations, so what users created stays.
 */
export async function seedIfChanged(
  db: Db,
  log: (line: string) => void,
  dataDir: string = defaultDataDir,
  bulkLoad?: BulkLoad,
): Promise<SeedReport | undefined> {
  const data = await loadSeedData(dataDir);
  // Indexes and backfills a newer version added apply even when the data itself is unchanged.
  await ensureSchema(db);
  const seeded = await seededChecksum(db);
  if (seeded === dataChecksum(data)) return undefined;
  log(seeded ? 'Graph: the curated data changed; applying the difference…' : 'Graph: loading the curated technology graph into Neo4j…');
  const report = await load(db, data, bulkLoad);
  log(`Graph: ${describeReport(report)}`);
  return report;
}

export function describeReport(report: SeedReport): string {
  const changed = report.nodesWritten + report.relationsWritten + report.nodesRemoved + report.relationsRemoved;
  if (changed === 0) return `The graph already matches the data (${report.nodes} nodes, ${report.relations} relations); nothing changed.`;
  return `Seeded ${report.nodes} nodes and ${report.relations} relations: ${report.nodesWritten} nodes and ${report.relationsWritten} relations written, ${report.nodesRemoved} nodes and ${report.relationsRemoved} relations removed.`;
}
