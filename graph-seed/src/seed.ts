import type { Db } from '../../server/src/db/driver.ts';
import { isSeeded, loadSeed, type SeedReport } from './load.ts';
import { defaultDataDir, loadSeedData } from './validate.ts';

/** Validates the curated data, then loads it; nothing is written when validation fails. */
export async function seed(db: Db, dataDir: string = defaultDataDir): Promise<SeedReport> {
  const data = await loadSeedData(dataDir);
  return loadSeed(db, data);
}

/** Seeds only a database that has never been seeded, so a user's later edits are not replayed on each start. */
export async function seedIfEmpty(db: Db, log: (line: string) => void): Promise<SeedReport | undefined> {
  if (await isSeeded(db)) return undefined;
  log('Graph: loading the curated technology graph into Neo4j…');
  const report = await seed(db);
  log(`Graph: loaded ${report.nodes} nodes and ${report.relations} relations.`);
  return report;
}

export function describeReport(report: SeedReport): string {
  const changed = report.nodesWritten + report.relationsWritten + report.nodesRemoved + report.relationsRemoved;
  if (changed === 0) return `The graph already matches the data (${report.nodes} nodes, ${report.relations} relations); nothing changed.`;
  return `Seeded ${report.nodes} nodes and ${report.relations} relations: ${report.nodesWritten} nodes and ${report.relationsWritten} relations written, ${report.nodesRemoved} nodes and ${report.relationsRemoved} relations removed.`;
}
