import type { Db } from '../../server/src/db/driver.ts';
import { ensureSchema } from '../../server/src/db/schema.ts';
import { seededChecksum } from '../../server/src/db/seed-marker.ts';
import { dataChecksum, loadSeed, type SeedReport } from './load.ts';
import { defaultDataDir, loadSeedData } from './validate.ts';

/** Validates the curated data, then loads it; nothing is written when validation fails. */
export async function seed(db: Db, dataDir: string = defaultDataDir): Promise<SeedReport> {
  const data = await loadSeedData(dataDir);
  return loadSeed(db, data);
}

/**
 * Brings the database up to the curated data when it differs (first start, or data changed by a
 * pull). The loader only touches curated nodes and relations, so what users created stays.
 */
export async function seedIfChanged(db: Db, log: (line: string) => void, dataDir: string = defaultDataDir): Promise<SeedReport | undefined> {
  const data = await loadSeedData(dataDir);
  // Indexes and backfills a newer version added apply even when the data itself is unchanged.
  await ensureSchema(db);
  const seeded = await seededChecksum(db);
  if (seeded === dataChecksum(data)) return undefined;
  log(seeded ? 'Graph: the curated data changed; applying the difference…' : 'Graph: loading the curated technology graph into Neo4j…');
  const report = await loadSeed(db, data);
  log(`Graph: ${describeReport(report)}`);
  return report;
}

export function describeReport(report: SeedReport): string {
  const changed = report.nodesWritten + report.relationsWritten + report.nodesRemoved + report.relationsRemoved;
  if (changed === 0) return `The graph already matches the data (${report.nodes} nodes, ${report.relations} relations); nothing changed.`;
  return `Seeded ${report.nodes} nodes and ${report.relations} relations: ${report.nodesWritten} nodes and ${report.relationsWritten} relations written, ${report.nodesRemoved} nodes and ${report.relationsRemoved} relations removed.`;
}
