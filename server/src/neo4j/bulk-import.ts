import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/driver.ts';
import { awaitSchema, createSchema } from '../db/schema.ts';
import { dataNodeCount, type SeedMarker, setEmptyLists, writeSeedMarker } from '../db/seed-marker.ts';
import { adminTool, appDatabase } from './admin-tool.ts';
import { SetupError } from './java.ts';
import type { ManagedNeo4j } from './managed.ts';

/** The CSV files a bulk import reads, as the seed side writes them (graph-seed/src/import-csv.ts). */
export interface BulkImportFiles {
  nodes: ReadonlyArray<{ labels: readonly string[]; file: string }>;
  relationships: readonly string[];
  /** The one character that separates list items inside a field. */
  arrayDelimiter: string;
  /** Some quoted field holds a line break. */
  multiline: boolean;
  /** Nodes (by id) whose listed properties are empty lists, which the importer cannot store. */
  emptyLists: ReadonlyArray<{ keys: readonly string[]; ids: readonly string[] }>;
}

export interface BulkImportOptions {
  /** Writes the CSV files into `folder`, a fresh temporary folder in the server's home that is removed afterwards. */
  write: (folder: string) => Promise<BulkImportFiles>;
  /** The seed marker written once the graph is imported and its indexes are online. */
  marker: SeedMarker;
  log?: (line: string) => void;
}

/** Seconds spent in each step of one bulk import, wall clock. */
export interface BulkImportTimings {
  csv: number;
  stop: number;
  import: number;
  start: number;
  /** Constraints and indexes created and populated. */
  schema: number;
  /** Empty lists set, seed marker written. */
  finish: number;
  total: number;
}

/** The importer's arguments for `files`: a full import of the app's database, replacing the empty one. */
export function importArguments(files: BulkImportFiles, reportFile: string): string[] {
  // A control character cannot be typed on a command line reliably; the importer takes U+XXXX.
  const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    'database',
    'import',
    'full',
    appDatabase,
    '--overwrite-destination=true',
    // Without it a failed import says only "Error importing csv file", not which row or why.
    '--verbose',
    `--array-delimiter=${codePoint(files.arrayDelimiter)}`,
    `--multiline-fields=${files.multiline}`,
    `--report-file=${reportFile}`,
    ...files.nodes.map((n) => `--nodes=${n.labels.join(':')}=${n.file}`),
    ...files.relationships.map((file) => `--relationships=${file}`),
  ];
}

/** Deletes the app database's store and transaction logs (Neo4j's default layout under the home's data folder). */
async function removeAppDatabase(server: ManagedNeo4j): Promise<void> {
  for (const folder of ['databases', 'transactions']) await rm(path.join(server.home, 'data', folder, appDatabase), { recursive: true, force: true });
}

/**
 * Loads a graph into the bundled server's EMPTY database with `neo4j-admin database import full`,
 * which writes the store files directly, several times faster than transactions: writes the CSV
 * files while the server stops (the importer needs the database offline), imports, starts it again,
 * creates the constraints and full-text indexes on the imported data (populating them in one pass
 * is faster than keeping them current row by row) and writes the seed marker last, which also
 * moves the graph version on. Refuses a database that holds any data, since the import replaces
 * the whole database. When the import fails the server is started again on a new empty database.
 */
export async function bulkImportBundled(server: ManagedNeo4j, db: Db, options: BulkImportOptions): Promise<BulkImportTimings> {
  const log = options.log ?? (() => {});
  const began = performance.now();
  const seconds = (from: number) => (performance.now() - from) / 1000;
  const held = await dataNodeCount(db);
  if (held > 0)
    throw new SetupError(
      `The database in ${server.home} already holds ${held} nodes, and a bulk import would replace them all; load into it with the transactional loader (\`npm run seed\`) instead.`,
    );
  if ((await server.pid()) === undefined)
    throw new SetupError(`The bundled Neo4j in ${server.home} is not running; start it (\`npm run neo4j:start\`) before a bulk import.`);
  const folder = await mkdtemp(path.join(server.home, '.import-'));
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const from = performance.now();
    return [await work(), seconds(from)];
  };
  try {
    log('Graph: writing the import files while Neo4j stops for the bulk import…');
    // Stopping takes seconds of Neo4j's own work (a checkpoint, closing its stores), the files take
    // seconds of ours: both at once. Neo4j is started again below, whatever fails.
    const stopping = timed(() => server.stop());
    stopping.catch(() => {});
    const written = await timed(() => options.write(folder)).catch((error: unknown) => error as Error);
    const [, stop] = await stopping;
    let importing = 0;
    let mark = performance.now();
    try {
      if (written instanceof Error) throw written;
      mark = performance.now();
      await adminTool(
        server,
        importArguments(written[0], path.join(folder, 'import.report')),
        `neo4j-admin could not import the graph into ${server.home} (Neo4j has been started again on a new empty database):`,
      ).catch(async (error: unknown) => {
        // A failed import leaves a partial store without transaction logs, which Neo4j refuses to
        // open. The database held no data (checked above), so removing it lets Neo4j create a new
        // empty one on start, and the next start of the app can load again.
        await removeAppDatabase(server);
        throw error;
      });
      importing = seconds(mark);
      log('Graph: imported; starting Neo4j again…');
    } finally {
      mark = performance.now();
      await server.start();
    }
    const [files, csv] = written;
    const start = seconds(mark);
    mark = performance.now();
    log('Graph: creating the constraints and indexes…');
    // Not ensureSchema: every imported node carries its name keys (schema/model/node-shape.ts), so
    // its backfill, a scan of every node, would find nothing. Setting the empty lists while the
    // indexes populate saved nothing (100k/1M just after a start: 10.4-11.7 s both ways; the cost is
    // reading the cold store).
    await createSchema(db);
    await awaitSchema(db);
    const schema = seconds(mark);
    mark = performance.now();
    for (const group of files.emptyLists) await setEmptyLists(db, group.keys, group.ids);
    await writeSeedMarker(db, options.marker);
    return { csv, stop, import: importing, start, schema, finish: seconds(mark), total: seconds(began) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
